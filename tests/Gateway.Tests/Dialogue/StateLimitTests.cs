using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Samspill.Gateway.Tests.Infrastructure;
using Samspill.Grains;
using Samspill.Silo.Storage;

namespace Samspill.Gateway.Tests.Dialogue;

/// <summary>The real silo with grain storage that holds at most 80 KB per state, so a test reaches the limit quickly.</summary>
public sealed class SmallStateSiloApp : SiloApp
{
    public const int Limit = 80_000;

    public SmallStateSiloApp() => ConfigureTestServices = services =>
        services.Configure<MemoryGrainStorageOptions>(StorageNames.Default, o => o.GrainStorageSerializer = new GrainStateSerializer(maxPayloadBytes: Limit));
}

/// <summary>
/// A write refused because the state would outgrow grain storage reaches the client as a contract error
/// (VALIDATION_FAILED with a message saying so), never as an Orleans-internal code, and changes nothing.
/// </summary>
public sealed class StateLimitTests(SmallStateSiloApp app) : IClassFixture<SmallStateSiloApp>
{
    private const string QuestionsQuery = "query($c: ID!) { consortium(id: $c) { questions { id answer } timeline(first: 500) { type } answerDistribution { questionId } } }";

    [Fact]
    public async Task An_answer_its_question_page_cannot_hold_is_VALIDATION_FAILED_and_nothing_is_published()
    {
        var (id, leadToken, memberToken) = await app.ConsortiumInDialogueAsync("1804", "1806");
        await app.AnnounceAsync(leadToken, DialogueApi.Announcement(id, DateTimeOffset.UtcNow));
        var supplier = await app.SupplierAsync(OrgNumbers.Next());
        // Eight long questions fill one page (QuestionPages.PageSize) with 32 KB; each answer of 10,000 characters adds 10 KB.
        var questions = new List<string>();
        for (var i = 0; i < 8; i++)
            questions.Add((await app.AskAsync(supplier, id, $"{i} " + new string('x', 3_900))).Ok()["askQuestion"]!["id"]!.GetValue<string>());

        GraphQLResponse? refused = null;
        var answered = 0;
        foreach (var q in questions)
        {
            var before = (await app.GraphQLAsync(QuestionsQuery, new { c = id }, memberToken)).Ok().ToJsonString();
            var response = await app.AnswerAsync(leadToken, q, new string('y', 10_000));
            if (response.Errors is null) { answered++; continue; }
            refused = response;
            Assert.Equal(before, (await app.GraphQLAsync(QuestionsQuery, new { c = id }, memberToken)).Ok().ToJsonString());
            break;
        }

        Assert.NotNull(refused);
        Assert.InRange(answered, 1, 7);
        Assert.Equal("VALIDATION_FAILED", refused.ErrorCode);
        var message = refused.Errors![0]!["message"]!.GetValue<string>();
        Assert.Contains("question page", message);
        Assert.Contains($"at most {SmallStateSiloApp.Limit}", message);
        Assert.Contains("Nothing was changed", message);

        var consortium = (await app.GraphQLAsync(QuestionsQuery, new { c = id }, memberToken)).Ok()["consortium"]!;
        Assert.Equal(answered, consortium["questions"]!.AsArray().Count(q => q!["answer"] is not null));
        Assert.Equal(answered, consortium["timeline"]!.AsArray().Count(t => t!["type"]!.GetValue<string>() == "AnswerPublished"));
        Assert.Equal(answered, consortium["answerDistribution"]!.AsArray().Count);

        // What still fits is stored as before: a short answer to the same question.
        var later = questions[answered];
        Assert.Equal("Kort svar.", (await app.AnswerAsync(leadToken, later, "Kort svar.")).Ok()["answerQuestion"]!["answer"]!.GetValue<string>());
    }
}
