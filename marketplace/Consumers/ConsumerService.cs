using DataZones.Marketplace.Audit;
using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Problems;

namespace DataZones.Marketplace.Consumers;

/// <summary>Registers consumer organisations (validated, audited).</summary>
public sealed class ConsumerService(ConsumerStore store, AuditLog audit, IIdGenerator ids, TimeProvider time)
{
    public const int NameLengthMax = 200;

    public static IReadOnlyList<FieldError> Validate(string? name, string? kind, string? creditCode)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > NameLengthMax)
        {
            errors.Add(new FieldError("name", "required", $"The organisation's name is required, at most {NameLengthMax} characters."));
        }
        if (!Enum.TryParse<ConsumerKind>(kind, ignoreCase: true, out _) || int.TryParse(kind, out _))
        {
            errors.Add(new FieldError("kind", "unknown-kind", "Kind must be one of: bank, insurer, research, logistics, other."));
        }
        var code = UnifiedSocialCreditCodeValidator.Validate(creditCode);
        if (!code.IsValid) errors.Add(new FieldError("creditCode", code.Violation.Code, code.Violation.Message));
        return errors;
    }

    /// <summary>Registers a consumer; the inputs must have passed <see cref="Validate"/>.</summary>
    public async Task<Consumer> RegisterAsync(string name, string kind, string creditCode, string actor, CancellationToken cancellationToken)
    {
        var consumer = new Consumer(ids.NewId(), name.Trim(), Enum.Parse<ConsumerKind>(kind, ignoreCase: true),
            UnifiedSocialCreditCodeValidator.Validate(creditCode).Normalized!, time.GetUtcNow());
        await store.AddAsync(consumer, cancellationToken);
        await audit.RecordAsync("consumer:" + consumer.Id, "registered", actor, $"{consumer.Kind}: {consumer.Name}", cancellationToken);
        return consumer;
    }

    public Task<Consumer?> FindAsync(string consumerId, CancellationToken cancellationToken) => store.FindAsync(consumerId, cancellationToken);

    public Task<IReadOnlyList<Consumer>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);
}
