using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Live;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>
/// Questions live in their own page grains, not in the consortium: questions stored by an older build move there
/// once, and a question or answer spanning the two grains is stored once when it succeeded and not at all when it failed.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class QuestionStorageTests(ClusterFixture fx)
{
    private static readonly DateTimeOffset Asked = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Questions_stored_in_the_consortium_by_an_older_build_move_to_their_pages_once_and_keep_their_ids()
    {
        var (id, lead, member) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        await fx.Announce(id, lead);
        var asker = await fx.Supplier();
        var other = await fx.Supplier();

        // Ten questions across two pages as an older build stored them: nine answered and logged, the last one open.
        var older = Enumerable.Range(1, 10).Select(n => new QuestionRecord
        {
            Id = QuestionIds.Of(id, n), Text = $"Spørsmål {n}?", AskedAt = Asked.AddMinutes(n), AskedBy = asker,
            Answer = n < 10 ? $"Svar {n}" : null, AnsweredAt = n < 10 ? Asked.AddHours(n) : null,
        }).ToList();
        await SeedOlderStateAsync(id, s =>
        {
#pragma warning disable CS0618 // seeding the form an older build stored
            s.Questions = older;
            s.AnswerDistributions = older.Where(q => q.IsAnswered).Select(q => new AnswerDistribution(q.Id, q.AnsweredAt!.Value, new List<string> { asker })).ToList();
#pragma warning restore CS0618
            s.QuestionCount = 10;
        });

        var seenByMember = await Questions(id, Callers.Municipality(member));
        Assert.Equal(older.Select(q => q.Id), seenByMember.Select(q => q.Id));
        Assert.All(seenByMember, q => Assert.Equal(asker, q.AskedBy));
        var seenByOther = await Questions(id, Callers.Supplier(other));
        Assert.Equal(9, seenByOther.Count);
        Assert.All(seenByOther, q => Assert.Null(q.AskedBy));
        Assert.Equal(9, (await fx.As(Callers.Municipality(lead), c => c.GetGrain<IConsortiumDialogueGrain>(id).GetAnswerDistribution())).Count);

        var moved = await ReadStoredAsync(id);
#pragma warning disable CS0618
        Assert.Empty(moved.Questions);
        Assert.Empty(moved.AnswerDistributions);
#pragma warning restore CS0618
        Assert.Equal(1, moved.OpenQuestions[asker]);
        var secondPage = await fx.Client.GetGrain<IConsortiumQuestionsGrain>(QuestionPages.Key(id, 1)).Get(int.MaxValue);
        Assert.Equal([QuestionIds.Of(id, 9), QuestionIds.Of(id, 10)], secondPage.Select(q => q.Id));

        // After the move the dialogue goes on where it was: numbers continue, the open question can be answered.
        await fx.Restart(fx.Client.GetGrain<IConsortiumGrain>(id));
        Assert.Equal(QuestionIds.Of(id, 11), (await fx.Ask(id, other)).Id);
        var answered = await fx.Answer(id, lead, QuestionIds.Of(id, 10));
        Assert.Equal("EN 50134 gjelder.", answered.Answer);
        Assert.Equal(11, (await Questions(id, Callers.Municipality(member))).Count);
        Assert.Single(fx.Broadcaster.Sent(LiveTopics.Supplier(asker)), x => x.Type == "AnswerPublished");
    }

    [Fact]
    public async Task An_ask_repeated_with_the_same_idempotency_key_stores_one_question()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        await fx.Announce(id, lead);
        var org = await fx.Supplier();

        var first = await AskWithKey(id, org, "key-1");
        var again = await AskWithKey(id, org, "key-1");
        var another = await AskWithKey(id, org, "key-2");

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, another.Id);
        Assert.Equal(2, (await Questions(id, Callers.Supplier(org))).Count);
        Assert.Equal(2, fx.Broadcaster.Sent(LiveTopics.Consortium(id)).Count(x => x.Type == "QuestionAsked"));
    }

    [Fact]
    public async Task A_question_whose_confirmation_never_happened_is_not_shown_and_its_number_is_given_again()
    {
        var (id, lead, member) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        await fx.Announce(id, lead);
        var org = await fx.Supplier();

        fx.Faults.Arm(FaultPoints.QuestionPageStored);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => fx.Ask(id, org, "Et spørsmål som aldri ble stilt?"));
        await fx.Restart(fx.Client.GetGrain<IConsortiumGrain>(id));
        Assert.Empty(await Questions(id, Callers.Supplier(org)));
        Assert.Empty(await Questions(id, Callers.Municipality(member)));
        Assert.DoesNotContain(fx.Broadcaster.Sent(LiveTopics.Consortium(id)), x => x.Type == "QuestionAsked");

        var asked = await fx.Ask(id, org);
        Assert.Equal(QuestionIds.Of(id, 1), asked.Id);
        Assert.Equal("Hvilke standarder gjelder?", Assert.Single(await Questions(id, Callers.Municipality(member))).Text);
    }

    [Fact]
    public async Task An_answer_stored_with_its_question_but_not_published_is_published_once_after_a_crash_and_not_shown_before()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        await fx.Announce(id, lead);
        var asker = await fx.Supplier();
        var other = await fx.Supplier();
        var q = await fx.Ask(id, asker);

        fx.Faults.Arm(FaultPoints.AnswerPageStored);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => fx.Answer(id, lead, q.Id));
        // The page has it, the consortium has not published it: nobody reads it yet.
        Assert.Empty(await Questions(id, Callers.Supplier(other)));
        Assert.DoesNotContain(fx.Broadcaster.Sent(LiveTopics.Supplier(asker)), x => x.Type == "AnswerPublished");

        await fx.Restart(fx.Client.GetGrain<IConsortiumGrain>(id));
        await fx.Consortium(id, lead, g => g.GetView());
        Assert.Equal("EN 50134 gjelder.", Assert.Single(await Questions(id, Callers.Supplier(other))).Answer);
        Assert.Single(fx.Broadcaster.Sent(LiveTopics.Supplier(asker)), x => x.Type == "AnswerPublished");
        Assert.Single(fx.Broadcaster.Sent(LiveTopics.PublicView(LiveTopics.Consortium(id))), x => x.Type == "AnswerPublished");
        Assert.Single(await fx.As(Callers.Municipality(lead), c => c.GetGrain<IConsortiumDialogueGrain>(id).GetAnswerDistribution()));
    }

    [Fact]
    public async Task A_second_answer_is_refused_and_changes_nothing_and_a_retry_with_a_key_gets_the_first()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        await fx.Announce(id, lead);
        var asker = await fx.Supplier();
        var q = await fx.Ask(id, asker);
        var answered = await fx.Answer(id, lead, q.Id);
        var stored = Refusal.Snapshot(await ReadStoredAsync(id));

        await Refused.With(ErrorCodes.Conflict, () => fx.Answer(id, lead, q.Id, "Et annet svar."));
        await Refused.With(ErrorCodes.NotFound, () => fx.Answer(id, lead, QuestionIds.Of(id, 2)));
        Assert.Equal(stored, Refusal.Snapshot(await ReadStoredAsync(id)));

        try
        {
            IdempotencyContext.Set("retry-of-the-answer");
            Assert.Equal(answered.AnsweredAt, (await fx.Answer(id, lead, q.Id)).AnsweredAt);
        }
        finally
        {
            IdempotencyContext.Set(null);
        }
        Assert.Single(fx.Broadcaster.Sent(LiveTopics.Supplier(asker)), x => x.Type == "AnswerPublished");
        Assert.Equal("EN 50134 gjelder.", Assert.Single(await Questions(id, Callers.Supplier(asker))).Answer);
    }

    private Task<IReadOnlyList<QuestionView>> Questions(string id, Caller caller) =>
        fx.As(caller, c => c.GetGrain<IConsortiumDialogueGrain>(id).GetQuestions());

    private async Task<QuestionView> AskWithKey(string id, string org, string key)
    {
        try
        {
            IdempotencyContext.Set(key);
            return await fx.Ask(id, org);
        }
        finally
        {
            IdempotencyContext.Set(null);
        }
    }

    private static GrainId ConsortiumGrainId(string id) => GrainId.Create("consortium", id);

    private async Task<ConsortiumState> ReadStoredAsync(string id)
    {
        var stored = await fx.ReadStoredAsync<ConsortiumState>("consortium", ConsortiumGrainId(id));
        Assert.True(stored.RecordExists);
        return stored.State!;
    }

    /// <summary>Rewrites the consortium's stored state while it is not active, as an older build would have left it.</summary>
    private async Task SeedOlderStateAsync(string id, Action<ConsortiumState> older)
    {
        var grain = fx.Client.GetGrain<IConsortiumGrain>(id);
        await fx.Restart(grain);
        var stored = await fx.ReadStoredAsync<ConsortiumState>("consortium", ConsortiumGrainId(id));
        older(stored.State!);
        await fx.Storage.WriteStateAsync("consortium", ConsortiumGrainId(id), stored);
    }
}
