using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Live;
using Samspill.Grains.Suppliers;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>Questions and answers of the market dialogue on a real cluster: equal treatment, anonymous askers.</summary>
[Collection(ClusterCollection.Name)]
public sealed class QuestionAnswerTests(ClusterFixture fx)
{
    [Fact]
    public async Task An_answer_reaches_every_supplier_in_the_dialogue_at_once_and_never_carries_the_asker()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        var e1 = await fx.Announce(id, lead);
        var e2 = await fx.Announce(id, lead);
        var asker = await fx.Supplier();
        var registeredFirst = await fx.Supplier();
        var registeredSecond = await fx.Supplier();
        var follower = await fx.Supplier((FollowKind.Consortium, id));
        var outsider = await fx.Supplier((FollowKind.Cpv, "72000000-5"));
        var cancelledRegistration = await fx.Supplier();
        await fx.Register(asker, e1.Id);
        await fx.Register(registeredFirst, e1.Id);
        await fx.Register(registeredSecond, e2.Id);
        await fx.Register(cancelledRegistration, e2.Id);
        await fx.As(Callers.Supplier(cancelledRegistration), c => c.GetGrain<IDialogueEventGrain>(e2.Id).CancelRegistration());

        var question = await fx.Ask(id, asker);
        var answered = await fx.Answer(id, lead, question.Id);

        Assert.Equal("EN 50134 gjelder.", answered.Answer);
        foreach (var org in new[] { asker, registeredFirst, registeredSecond, follower })
        {
            var heard = Assert.Single(fx.Broadcaster.Sent(LiveTopics.Supplier(org)), x => x.Type == "AnswerPublished");
            Assert.Contains("EN 50134 gjelder.", heard.DataJson);
            Assert.Contains(question.Id, heard.DataJson);
            Assert.DoesNotContain(asker, heard.DataJson);
        }
        foreach (var org in new[] { outsider, cancelledRegistration })
            Assert.DoesNotContain(fx.Broadcaster.Sent(LiveTopics.Supplier(org)), x => x.Type == "AnswerPublished");
        var onPublic = Assert.Single(fx.Broadcaster.Sent(LiveTopics.PublicView(LiveTopics.Consortium(id))), x => x.Type == "AnswerPublished");
        Assert.DoesNotContain(asker, onPublic.DataJson);

        // The levelling log says who got it, for the members only.
        var log = Assert.Single(await fx.As(Callers.Municipality(lead), c => c.GetGrain<IConsortiumDialogueGrain>(id).GetAnswerDistribution()));
        Assert.Equal(new[] { asker, registeredFirst, registeredSecond, follower }.Order(StringComparer.Ordinal), log.Suppliers);
        Assert.Equal(answered.AnsweredAt, log.PublishedAt);
        Assert.Empty(await fx.As(Callers.Supplier(asker), c => c.GetGrain<IConsortiumDialogueGrain>(id).GetAnswerDistribution()));
    }

    [Fact]
    public async Task The_asker_is_named_only_to_itself_members_and_programme_staff_and_an_open_question_only_they_see()
    {
        var (id, lead, member) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        await fx.Announce(id, lead);
        var asker = await fx.Supplier();
        var other = await fx.Supplier();
        var q = await fx.Ask(id, asker);

        Task<IReadOnlyList<QuestionView>> As(Caller caller) => fx.As(caller, c => c.GetGrain<IConsortiumDialogueGrain>(id).GetQuestions());
        Assert.Equal(asker, Assert.Single(await As(Callers.Supplier(asker))).AskedBy);
        Assert.Equal(asker, Assert.Single(await As(Callers.Municipality(member))).AskedBy);
        Assert.Equal(asker, Assert.Single(await As(Callers.Programme)).AskedBy);
        Assert.Empty(await As(Callers.Supplier(other)));
        Assert.Empty(await As(Callers.Anonymous));
        Assert.Empty(await As(Callers.Municipality(Kommuner.Next())));

        await fx.Answer(id, lead, q.Id);
        foreach (var caller in new[] { Callers.Supplier(other), Callers.Anonymous, Callers.Municipality(Kommuner.Next()) })
        {
            var seen = Assert.Single(await As(caller));
            Assert.Null(seen.AskedBy);
            Assert.NotNull(seen.Answer);
        }
        // Members hear that a question came in, not who asked it in the timeline.
        Assert.DoesNotContain(asker, string.Join(" ", (await fx.Consortium(id, lead, g => g.GetView()))!.Timeline.Select(t => t.Summary + t.Actor)));
    }

    [Fact]
    public async Task A_question_after_COMPETITION_starts_is_refused_and_so_is_one_before_the_market_dialogue()
    {
        var (early, earlyLead, _) = await fx.ConsortiumIn(ConsortiumPhase.NeedsClarification);
        await fx.Announce(early, earlyLead);
        var org = await fx.Supplier();
        await Refused.Rule(Rules.DialogueWindow, () => fx.Ask(early, org));

        var (id, lead, member) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        await fx.Announce(id, lead);
        var open = await fx.Ask(id, org);
        await fx.Consortium(id, member, g => g.RecordAuthorization("Vedtak 1"));
        await fx.Advance(id, lead, ConsortiumPhase.Competition);

        await Refused.Rule(Rules.DialogueWindow, () => fx.Ask(id, org));
        await Refused.Rule(Rules.DialogueWindow, () => fx.Answer(id, lead, open.Id));
        Assert.Single(await fx.As(Callers.Supplier(org), c => c.GetGrain<IConsortiumDialogueGrain>(id).GetQuestions()));
    }

    [Fact]
    public async Task Only_the_lead_answers_and_only_registered_suppliers_ask_consortia_they_can_see()
    {
        var (id, lead, member) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        var org = await fx.Supplier();
        await Refused.With(ErrorCodes.NotFound, () => fx.Ask(id, org));   // nothing announced yet: the consortium does not exist for it
        await fx.Announce(id, lead);
        await Refused.With(ErrorCodes.Forbidden, () => fx.Ask(id, OrgNumbers.Next()));   // not registered
        var q = await fx.Ask(id, org);

        await Refused.Rule(Rules.LeadOnly, () => fx.Answer(id, member, q.Id));
        await Refused.With(ErrorCodes.Forbidden, () => fx.As(Callers.Supplier(org), c => c.GetGrain<IConsortiumDialogueGrain>(id).AnswerQuestion(q.Id, "Selvsvar")));
        Assert.Null(Assert.Single(await fx.As(Callers.Supplier(org), c => c.GetGrain<IConsortiumDialogueGrain>(id).GetQuestions())).Answer);
    }
}
