namespace DataZones.Marketplace.Pipeline;

/// <summary>Endpoint metadata: the product and operation a zone endpoint sells.</summary>
public sealed record PaidOperation(string ProductId, string OperationId);
