using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Tests.Infrastructure;
using static Samspill.Grains.Tests.RuleTests.DialogueStates;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>DIALOGUE_WINDOW, LEAD_ONLY, EQUAL_TREATMENT and ASKER_ANONYMOUS for questions, tried and broken.</summary>
public sealed class QuestionRulesTests
{
    private const string Asker = "923609016";
    private const string Other = "974760673";
    private static readonly Caller AskerUser = Callers.Supplier(Asker);

    [Fact]
    public void A_supplier_asks_during_the_market_dialogue_and_gets_an_id_that_names_the_consortium()
    {
        var s = InDialogue();
        var q = QuestionRules.Ask(s, "c1", AskerUser, " Hvilke standarder? ", Now);
        Assert.Equal("Hvilke standarder?", q.Text);
        Assert.Equal("c1", QuestionIds.ConsortiumOf(q.Id));
        Assert.NotEqual(q.Id, QuestionRules.Ask(s, "c1", AskerUser, "Og en til?", Now).Id);
    }

    [Theory]
    [InlineData(ConsortiumPhase.Forming)]
    [InlineData(ConsortiumPhase.NeedsClarification)]
    [InlineData(ConsortiumPhase.Competition)]
    [InlineData(ConsortiumPhase.Contract)]
    [InlineData(ConsortiumPhase.Cancelled)]
    public void Asking_outside_MARKET_DIALOGUE_is_DIALOGUE_WINDOW(ConsortiumPhase phase)
    {
        var s = phase == ConsortiumPhase.Forming ? ConsortiumStates.FormingWithMember() : ConsortiumStates.In(phase);
        Refusal.Violation(s, x => QuestionRules.Ask(x, "c1", AskerUser, "Hvilke standarder?", Now), Rules.DialogueWindow);
    }

    [Fact]
    public void Only_suppliers_ask()
    {
        var s = InDialogue();
        Refusal.Expect(s, x => QuestionRules.Ask(x, "c1", ConsortiumStates.LeadUser, "Spørsmål?", Now), ErrorCodes.Forbidden);
        Refusal.Expect(s, x => QuestionRules.Ask(x, "c1", Callers.Programme, "Spørsmål?", Now), ErrorCodes.Forbidden);
        Refusal.Expect(s, x => QuestionRules.Ask(x, "c1", Callers.Anonymous, "Spørsmål?", Now), ErrorCodes.Unauthenticated);
        Refusal.Expect(s, x => QuestionRules.Ask(x, "c1", AskerUser, "?", Now), ErrorCodes.ValidationFailed, field: "text");
    }

    [Fact]
    public void Only_the_lead_answers_once_and_only_during_the_market_dialogue()
    {
        var s = InDialogue();
        var q = QuestionRules.Ask(s, "c1", AskerUser, "Hvilke standarder?", Now);
        Refusal.Violation(s, x => QuestionRules.Answer(x, q, ConsortiumStates.MemberUser, q.Id, "Svar", Now), Rules.LeadOnly);
        Refusal.Expect(s, x => QuestionRules.Answer(x, q, Callers.Supplier(Other), q.Id, "Svar", Now), ErrorCodes.Forbidden);
        Refusal.Expect(s, x => QuestionRules.Answer(x, null, ConsortiumStates.LeadUser, "c1-q99", "Svar", Now), ErrorCodes.NotFound);
        Refusal.Expect(s, x => QuestionRules.Answer(x, q, ConsortiumStates.LeadUser, q.Id, " ", Now), ErrorCodes.ValidationFailed, field: "answer");

        var answered = QuestionRules.Answer(s, q, ConsortiumStates.LeadUser, q.Id, "EN 50134", Now.AddHours(1));
        Assert.Equal(("EN 50134", Now.AddHours(1)), (answered.Answer, answered.AnsweredAt!.Value));
        Refusal.Expect(s, x => QuestionRules.Answer(x, answered, ConsortiumStates.LeadUser, q.Id, "Changed", Now), ErrorCodes.Conflict);

        var unanswered = QuestionRules.Ask(s, "c1", AskerUser, "Og tidsplanen?", Now);
        ConsortiumRules.RecordAuthorization(s, ConsortiumStates.MemberUser, "Vedtak 1", Now);
        ConsortiumRules.Advance(s, ConsortiumStates.LeadUser, ConsortiumPhase.Competition, null, Now);
        Refusal.Violation(s, x => QuestionRules.Answer(x, unanswered, ConsortiumStates.LeadUser, unanswered.Id, "Svar", Now), Rules.DialogueWindow);
    }

    [Fact]
    public void A_supplier_has_at_most_50_open_questions_and_an_answer_frees_one()
    {
        var s = InDialogue();
        var asked = Enumerable.Range(0, QuestionRules.MaxOpenPerSupplier).Select(i => QuestionRules.Ask(s, "c1", AskerUser, $"Spørsmål {i}?", Now)).ToList();
        Refusal.Expect(s, x => QuestionRules.Ask(x, "c1", AskerUser, "Ett til?", Now), ErrorCodes.ValidationFailed, field: "text");
        QuestionRules.Ask(s, "c1", Callers.Supplier(Other), "Mitt første?", Now);

        QuestionRules.Published(s, QuestionRules.Answer(s, asked[0], ConsortiumStates.LeadUser, asked[0].Id, "Svar", Now));
        Assert.Equal($"c1-q{QuestionRules.MaxOpenPerSupplier + 2}", QuestionRules.Ask(s, "c1", AskerUser, "Ett til?", Now).Id);
        Assert.Contains(asked[0].Id, s.PendingAnswers);
    }

    [Fact]
    public void A_page_stores_a_question_once_replaces_an_unconfirmed_one_and_keeps_a_published_answer()
    {
        var page = new QuestionPageState();
        var q = QuestionRules.Ask(InDialogue(), "c1", AskerUser, "Hvilke standarder?", Now);
        QuestionPageRules.Put(page, q with { Text = "Et forsøk som aldri ble bekreftet" });
        QuestionPageRules.Put(page, q);
        Assert.Equal("Hvilke standarder?", Assert.Single(page.Questions).Text);
        Assert.Empty(QuestionPageRules.Confirmed(page, "c1", upTo: 0));
        Assert.Single(QuestionPageRules.Confirmed(page, "c1", upTo: 1));

        var answered = QuestionPageRules.Answer(page, q.Id, "EN 50134", Now);
        Assert.Same(answered, QuestionPageRules.Answer(page, q.Id, "EN 50134", Now));   // a repeat of the step
        Refusal.Expect(page, x => QuestionPageRules.Answer(x, q.Id, "Endret", Now), ErrorCodes.Conflict);
        Refusal.Expect(page, x => QuestionPageRules.Answer(x, "c1-q2", "Svar", Now), ErrorCodes.NotFound);

        QuestionPageRules.Log(page, new AnswerDistribution(q.Id, Now, [Asker]));
        QuestionPageRules.Log(page, new AnswerDistribution(q.Id, Now, [Asker, Other]));
        Assert.Equal([Asker, Other], Assert.Single(page.AnswerDistributions).Suppliers);
    }

    [Fact]
    public void An_answer_its_page_holds_but_the_consortium_has_not_published_is_not_shown()
    {
        var s = InDialogue();
        var q = QuestionRules.Ask(s, "c1", AskerUser, "Hvilke standarder?", Now);
        var answered = QuestionRules.Answer(s, q, ConsortiumStates.LeadUser, q.Id, "EN 50134", Now);
        s.AnswersToStore[q.Id] = new PendingAnswer("EN 50134", Now);
        Assert.Null(QuestionRules.AsPublished(s, answered).Answer);
        s.AnswersToStore.Remove(q.Id);
        Assert.Equal("EN 50134", QuestionRules.AsPublished(s, answered).Answer);
    }

    [Fact]
    public void Question_numbers_are_read_back_for_their_own_consortium_only_and_paged_by_eight()
    {
        Assert.Equal(12, QuestionIds.NumberOf("c-0a1b", "c-0a1b-q12"));
        Assert.Null(QuestionIds.NumberOf("c1", "c2-q1"));
        Assert.Null(QuestionIds.NumberOf("c1", "c1-q0"));
        Assert.Null(QuestionIds.NumberOf("c1", "c1-qx"));
        Assert.Equal((0, 0, 1, 2, 3), (QuestionPages.Of(1), QuestionPages.Of(8), QuestionPages.Of(9), QuestionPages.Count(16), QuestionPages.Count(17)));
        Assert.Equal(0, QuestionPages.Count(0));
        Assert.Equal("c1/3", QuestionPages.Key("c1", 3));
    }

    [Fact]
    public void An_unanswered_question_is_seen_by_the_asker_and_the_members_only()
    {
        var q = QuestionRules.Ask(InDialogue(), "c1", AskerUser, "Hvilke standarder?", Now);
        Assert.Equal(Asker, QuestionRules.View(q, "c1", AskerUser, fullView: false)!.AskedBy);
        Assert.Equal(Asker, QuestionRules.View(q, "c1", ConsortiumStates.MemberUser, fullView: true)!.AskedBy);
        Assert.Null(QuestionRules.View(q, "c1", Callers.Supplier(Other), fullView: false));
        Assert.Null(QuestionRules.View(q, "c1", Callers.Anonymous, fullView: false));
        Assert.Null(QuestionRules.View(q, "c1", ConsortiumStates.OutsiderUser, fullView: false));
    }

    [Fact]
    public void An_answered_question_is_public_but_never_names_the_asker_to_other_suppliers_or_the_public()
    {
        var s = InDialogue();
        var q = QuestionRules.Ask(s, "c1", AskerUser, "Hvilke standarder?", Now);
        var answered = QuestionRules.Answer(s, q, ConsortiumStates.LeadUser, q.Id, "EN 50134", Now);
        foreach (var caller in new[] { Callers.Supplier(Other), Callers.Anonymous, ConsortiumStates.OutsiderUser })
        {
            var view = QuestionRules.View(answered, "c1", caller, fullView: false)!;
            Assert.Equal("EN 50134", view.Answer);
            Assert.Null(view.AskedBy);
        }
    }

    [Fact]
    public void An_answer_goes_to_every_registered_supplier_every_follower_and_the_asker_once_each() =>
        Assert.Equal(["111111111", "222222222", Asker, Other],
            QuestionRules.Recipients(["222222222", Other, "111111111"], [Other, Asker], Asker));

    [Theory]
    [InlineData("c1-q7", "c1")]
    [InlineData("c-0a1b-q12", "c-0a1b")]
    [InlineData("c1-qx", null)]
    [InlineData("c1", null)]
    [InlineData("-q1", null)]
    [InlineData(null, null)]
    public void Question_ids_are_read_back_strictly(string? id, string? consortium) =>
        Assert.Equal(consortium, QuestionIds.ConsortiumOf(id));
}
