using System.Net;
using System.Text.Json.Nodes;
using Samspill.Gateway.Tests.Infrastructure;
using Samspill.Gateway.Tests.Ocds;

namespace Samspill.Gateway.Tests.Dialogue;

/// <summary>The market dialogue in the open data (OCDS): announced events as engagement milestones, answers as enquiries, no askers.</summary>
public sealed class DialogueOpenDataTests(SiloApp app) : IClassFixture<SiloApp>
{
    [Fact]
    public async Task An_announced_event_and_a_published_answer_reach_the_OCDS_release_without_the_asker_or_open_questions()
    {
        var (id, lead, _) = await app.ConsortiumInDialogueAsync("5001", "5006", cpv: "85000000-9");
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"/ocds/consortia/{id}")).StatusCode);
        var eventId = (await app.AnnounceAsync(lead, DialogueApi.Announcement(id, DateTimeOffset.UtcNow, title: "Dialogkonferanse om trygghet")))["id"]!.GetValue<string>();
        var asker = OrgNumbers.Next();
        var token = await app.SupplierAsync(asker);
        var answered = (await app.AskAsync(token, id, "Hvilke standarder gjelder?")).Ok()["askQuestion"]!["id"]!.GetValue<string>();
        (await app.AskAsync(token, id, "Et spørsmål som ennå er åpent?")).Ok();
        (await app.AnswerAsync(lead, answered, "EN 50134.")).Ok();

        var text = await app.Http.GetStringAsync($"/ocds/consortia/{id}");
        Assert.Empty(await OcdsSchema.ValidatePackageAsync(text));
        var tender = JsonNode.Parse(text)!["releases"]![0]!["tender"]!;
        var milestone = Assert.Single(tender["milestones"]!.AsArray())!;
        Assert.Equal((eventId, "engagement", "Dialogkonferanse om trygghet"), ((string?)milestone["id"], (string?)milestone["type"], (string?)milestone["title"]));
        var enquiry = Assert.Single(tender["enquiries"]!.AsArray())!;
        Assert.Equal(("Hvilke standarder gjelder?", "EN 50134."), ((string?)enquiry["description"], (string?)enquiry["answer"]));
        Assert.DoesNotContain(asker, text);
        Assert.DoesNotContain("ennå er åpent", text);
    }
}
