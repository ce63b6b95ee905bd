using Azure;
using Azure.Data.Tables;
using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// Table <c>invoices</c>: a consumer's documents in its partition <c>c-&lt;consumer&gt;</c> (so "my invoices" is one
/// partition read and no consumer's query can reach another's rows), an index per billing month <c>p-&lt;yyyyMM&gt;</c>,
/// and an index of the documents that became final in a month <c>f-&lt;yyyyMM&gt;</c> (what a settlement starts from).
/// A document's lines are written before its header, and readers ignore lines without a header, so the header is
/// the commit point of a document of any length. Every attempt to write a document has its own attempt id, in its
/// lines' row keys and in the header it commits: an attempt interrupted before its header leaves lines that no
/// header names, so they never attach to the invoice a later attempt (with other lines, perhaps fewer) makes.
/// </summary>
public sealed class InvoiceStore(PlatformTables tables, IIdGenerator ids)
{
    private const string TableName = "invoices";

    /// <summary>Writes a new document; false if its header already exists (a re-run: nothing changes).</summary>
    public async Task<bool> AddAsync(Invoice document, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var attempt = ids.NewId();
        foreach (var chunk in document.Lines.Chunk(100))
        {
            // Upsert: the attempt id is new, so nothing else is there; an SDK retry of a committed chunk rewrites the same rows.
            await table.SubmitTransactionAsync(chunk.Select(l => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                InvoiceEntity.Line(document, attempt, l))), cancellationToken);
        }
        try
        {
            await table.AddEntityAsync(InvoiceEntity.Header(document, attempt), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
        await IndexAsync(document, cancellationToken);
        return true;
    }

    /// <summary>Moves a document's state; throws <see cref="RequestFailedException"/> 412 if it changed meanwhile.</summary>
    public async Task UpdateAsync(Invoice document, ETag etag, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        // Merge: a state move keeps the attempt id the header was committed with (and so its lines).
        await table.UpdateEntityAsync(InvoiceEntity.Header(document), etag, TableUpdateMode.Merge, cancellationToken);
        await IndexAsync(document, cancellationToken);
    }

    /// <summary>
    /// Voids an issued invoice and issues its credit note as one atomic change: both headers are in the consumer's
    /// partition, so one table transaction adds the credit note and moves the invoice (with its ETag). Either both
    /// happen or neither, so no issued credit note can stand against a live invoice. The credit note's lines go first,
    /// invisible until its header exists; <paramref name="finalMonth"/> is the business month of the void.
    /// Throws <see cref="RequestFailedException"/> 412 (or 409) if the invoice changed or was voided meanwhile.
    /// </summary>
    public async Task VoidWithCreditNoteAsync(Invoice voided, ETag etag, Invoice creditNote, DateOnly finalMonth, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var attempt = ids.NewId();
        foreach (var chunk in creditNote.Lines.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(l => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                InvoiceEntity.Line(creditNote, attempt, l))), cancellationToken);
        }
        await IndexFinalAsync(creditNote, finalMonth, cancellationToken); // a pointer only: the settlement reads the header
        await table.SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.Add, InvoiceEntity.Header(creditNote, attempt)),
            // Merge: the invoice keeps the attempt id its header was committed with, and so its lines.
            new TableTransactionAction(TableTransactionActionType.UpdateMerge, InvoiceEntity.Header(voided, attempt: null), etag),
        ], cancellationToken);
        await IndexAsync(creditNote, cancellationToken);
        await IndexAsync(voided, cancellationToken);
    }

    /// <summary>(Re)writes the document's row in the index of its billing month (<c>p-&lt;yyyyMM&gt;</c>) from its header.</summary>
    public async Task IndexAsync(Invoice d, CancellationToken cancellationToken) => await UpsertIndexAsync("p-" + Keys.Month(d.PeriodStart), d, cancellationToken);

    /// <summary>
    /// Records that <paramref name="d"/> becomes final in <paramref name="finalMonth"/> (index <c>f-&lt;yyyyMM&gt;</c>), so
    /// that month's settlement finds a late issue or a credit note of an earlier, already settled month. Written
    /// before the move that makes the document final: a pointer to a document that did not move is ignored.
    /// </summary>
    public async Task IndexFinalAsync(Invoice d, DateOnly finalMonth, CancellationToken cancellationToken) =>
        await UpsertIndexAsync("f-" + Keys.Month(finalMonth), d, cancellationToken);

    private async Task UpsertIndexAsync(string partition, Invoice d, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(partition, d.ConsumerId + "|" + d.Id)
        {
            ["ConsumerId"] = d.ConsumerId,
            ["DocumentId"] = d.Id,
            ["Kind"] = d.Kind.ToString(),
            ["Period"] = d.Period,
            ["State"] = d.State.ToString(),
            ["Total"] = InvoiceEntity.Money(d.Total),
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<(Invoice Document, ETag ETag)>> ListForConsumerAsync(string consumerId, CancellationToken cancellationToken)
    {
        var partition = InvoiceEntity.Partition(consumerId);
        return await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken);
    }

    public async Task<(Invoice Document, ETag ETag)?> FindAsync(string consumerId, string documentId, CancellationToken cancellationToken)
    {
        if (!Keys.IsSafe(consumerId) || !Keys.IsSafe(documentId)) return null;
        var partition = InvoiceEntity.Partition(consumerId);
        var high = documentId + "}"; // '}' sorts right after the line separator '|'
        var found = await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {documentId} and RowKey lt {high}"), cancellationToken);
        return found.Where(f => f.Document.Id == documentId).Select(f => ((Invoice, ETag)?)f).FirstOrDefault();
    }

    /// <summary>The consumer's invoices (not credit notes) for a month, every revision.</summary>
    public async Task<IReadOnlyList<(Invoice Document, ETag ETag)>> InvoicesForMonthAsync(string consumerId, DateOnly periodStart, CancellationToken cancellationToken)
    {
        var partition = InvoiceEntity.Partition(consumerId);
        var low = InvoiceIds.MonthPrefix(InvoiceIds.InvoicePrefix, periodStart, consumerId);
        var high = low + "~";
        return await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {low} and RowKey lt {high}"), cancellationToken);
    }

    /// <summary>The documents of a billing month (its invoices, every revision, and their credit notes), from the index.</summary>
    public Task<IReadOnlyList<PeriodDocument>> ListForPeriodAsync(DateOnly periodStart, CancellationToken cancellationToken) =>
        ListIndexAsync("p-" + Keys.Month(periodStart), cancellationToken);

    /// <summary>The documents that became final (were issued, or made as credit notes) in a business month, from the index.</summary>
    public Task<IReadOnlyList<PeriodDocument>> ListFinalInAsync(DateOnly month, CancellationToken cancellationToken) =>
        ListIndexAsync("f-" + Keys.Month(month), cancellationToken);

    private async Task<IReadOnlyList<PeriodDocument>> ListIndexAsync(string partition, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var result = new List<PeriodDocument>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            result.Add(new PeriodDocument(e.GetString("ConsumerId")!, e.GetString("DocumentId")!, Enum.Parse<InvoiceKind>(e.GetString("Kind")!),
                e.GetString("Period")!, Enum.Parse<InvoiceState>(e.GetString("State")!), InvoiceEntity.ParseMoney(e.GetString("Total")!)));
        }
        return result;
    }

    private async Task<IReadOnlyList<(Invoice Document, ETag ETag)>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var rows = new List<TableEntity>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) rows.Add(e);
        return InvoiceEntity.Read(rows);
    }
}
