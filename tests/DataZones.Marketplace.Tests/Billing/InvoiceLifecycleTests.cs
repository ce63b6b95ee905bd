using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Billing;

namespace DataZones.Marketplace.Tests.Billing;

public sealed class InvoiceLifecycleTests
{
    private static readonly DateOnly Oct5 = new(2026, 10, 5);

    [Fact]
    public async Task IssueThenPay_DraftInvoice_MovesDraftIssuedPaid()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 3);
        await scenario.CloseAsync(BillingScenario.October);
        var id = (await scenario.LiveInvoiceAsync(consumer, BillingScenario.October)).Id;
        using var client = scenario.Operator();

        var payDraft = await client.PostAsync($"/operator/billing/consumers/{consumer}/invoices/{id}/pay", null);
        var issue = await client.PostAsync($"/operator/billing/consumers/{consumer}/invoices/{id}/issue", null);
        var pay = await client.PostAsync($"/operator/billing/consumers/{consumer}/invoices/{id}/pay", null);

        Assert.Equal(HttpStatusCode.Conflict, payDraft.StatusCode);
        Assert.Equal("/problems/invoice-state-conflict", JsonNode.Parse(await payDraft.Content.ReadAsStringAsync())!["type"]!.GetValue<string>());
        Assert.Equal("issued", JsonNode.Parse(await issue.EnsureSuccessStatusCode().Content.ReadAsStringAsync())!["state"]!.GetValue<string>());
        Assert.Equal("paid", JsonNode.Parse(await pay.EnsureSuccessStatusCode().Content.ReadAsStringAsync())!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Void_IssuedInvoice_MakesCreditNoteAndTheMonthClosesAgainAsRevision2()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, key) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Tiers, Oct5, 12);
        await scenario.CloseAsync(BillingScenario.October);
        var invoice = await scenario.LiveInvoiceAsync(consumer, BillingScenario.October);
        var invoices = scenario.Service<InvoiceService>();
        await invoices.IssueAsync(consumer, invoice.Id, "test", CancellationToken.None);

        var (outcome, creditNote) = await invoices.VoidAsync(consumer, invoice.Id, "wrong plan", "test", CancellationToken.None);
        var again = await invoices.VoidAsync(consumer, invoice.Id, "twice", "test", CancellationToken.None);
        var reclose = (await scenario.Service<BillingCloseService>().CloseAsync(BillingScenario.October, CancellationToken.None)).Closed!;

        Assert.Equal(InvoiceOutcome.Done, outcome);
        Assert.Equal(InvoiceOutcome.InvalidState, again.Outcome);
        Assert.Equal((InvoiceKind.CreditNote, -5.80m, invoice.Id), (creditNote!.Kind, creditNote.Total, creditNote.RelatedId));
        Assert.Equal(invoice.Lines.Select(l => -l.Amount), creditNote.Lines.Select(l => l.Amount));
        Assert.Equal(creditNote.CreatedAt, creditNote.IssuedAt); // issued the moment it is made
        var voided = (await scenario.Service<InvoiceStore>().FindAsync(consumer, invoice.Id, CancellationToken.None))!.Value.Document;
        Assert.Equal((InvoiceState.Void, creditNote.Id), (voided.State, voided.RelatedId));
        Assert.Equal(invoice.Lines.Select(l => l.Amount), voided.Lines.Select(l => l.Amount)); // never edited
        Assert.Equal(1, reclose.InvoicesCreated);
        var revised = await scenario.LiveInvoiceAsync(consumer, BillingScenario.October);
        Assert.Equal((2, InvoiceState.Draft, 5.80m), (revised.Revision, revised.State, revised.Total));

        using var client = scenario.Host.Client(key);
        var mine = JsonNode.Parse(await client.GetStringAsync("/me/invoices"))!.AsArray();
        Assert.Equal([creditNote.Id, invoice.Id], mine.Select(d => d!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MeInvoices_AnotherConsumersInvoice_IsNotFound()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (alice, aliceKey) = await scenario.ConsumerAsync();
        var (_, bobKey) = await scenario.ConsumerAsync();
        await scenario.UseAsync(alice, BillingProducts.Product, BillingProducts.Unit, Oct5, 2);
        await scenario.UseAsync(alice, BillingProducts.Product, BillingProducts.Unit, new DateOnly(2026, 10, 6), 1);
        await scenario.CloseAsync(BillingScenario.October);
        var id = (await scenario.LiveInvoiceAsync(alice, BillingScenario.October)).Id;
        using var aliceClient = scenario.Host.Client(aliceKey);
        using var bob = scenario.Host.Client(bobKey);

        var draftHidden = JsonNode.Parse(await aliceClient.GetStringAsync("/me/invoices"))!.AsArray();
        await scenario.Service<InvoiceService>().IssueAsync(alice, id, "test", CancellationToken.None);
        var own = await aliceClient.GetAsync($"/me/invoices/{id}");
        var csv = await aliceClient.GetStringAsync($"/me/invoices/{id}/usage.csv");
        var bobsList = JsonNode.Parse(await bob.GetStringAsync("/me/invoices"))!.AsArray();
        var bobReads = await bob.GetAsync($"/me/invoices/{id}");
        var bobCsv = await bob.GetAsync($"/me/invoices/{id}/usage.csv");
        var bobAdmin = await bob.GetAsync($"/operator/billing/consumers/{alice}/invoices");

        Assert.Empty(draftHidden);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(
            ["day,productId,subscriptionId,planId,planVersion,calls,units,amount", $"2026-10-05,test.billing,sub-{alice},unit,0,1,2,2", $"2026-10-06,test.billing,sub-{alice},unit,0,1,1,1"],
            csv.TrimEnd().Split("\r\n"));
        Assert.Empty(bobsList);
        Assert.Equal(HttpStatusCode.NotFound, bobReads.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bobCsv.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bobAdmin.StatusCode);
    }

    [Fact]
    public async Task AdminClose_ThroughApi_ClosesAndListsTheMonthsDocuments()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 4);
        scenario.AfterMonth(BillingScenario.October);
        using var client = scenario.Operator();

        var badPeriod = await client.PostAsJsonAsync("/operator/billing/closes", new { period = "2026-13" });
        var close = JsonNode.Parse(await (await client.PostAsJsonAsync("/operator/billing/closes", new { period = "2026-10" })).EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
        var issued = JsonNode.Parse(await (await client.PostAsync("/operator/billing/periods/2026-10/issue", null)).EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
        var documents = JsonNode.Parse(await client.GetStringAsync("/operator/billing/periods/2026-10/documents"))!.AsArray();

        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
        Assert.Equal(1, close["invoicesCreated"]!.GetValue<int>());
        Assert.Equal(1, issued["issued"]!.GetValue<int>());
        var document = Assert.Single(documents)!;
        Assert.Equal(("issued", "4.00"), (document["state"]!.GetValue<string>(), document["total"]!.ToString()));
    }
}
