using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;

namespace Samspill.Gateway.GraphQL.Areas;

/// <summary>Mutations of the market dialogue: the lead's events and answers, the suppliers' registrations and questions; the consortium and event grains check the caller.</summary>
public sealed class DialogueMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DialogueEventType>>("announceDialogueEvent")
            .Description("Lead only. Publishes the dialogue event and notifies followers.")
            .Argument<NonNullGraphType<AnnounceDialogueEventInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AnnounceDialogueEventInput>("input");
                return await Consortium(c, input.ConsortiumId).AnnounceDialogueEvent(input.ToCommand());
            });

        mutation.Field<NonNullGraphType<DialogueEventType>>("cancelDialogueEvent")
            .Description("Lead only. Tells the event's followers and registered suppliers.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                var e = await c.Loader().DialogueEvent(id) ?? throw DomainException.NotFound("The dialogue event");
                return await Consortium(c, e.ConsortiumId).CancelDialogueEvent(id, c.GetArgument<string>("reason"));
            });

        mutation.Field<NonNullGraphType<QuestionType>>("answerQuestion")
            .Description("Lead only. The answer is published to every supplier in the dialogue at once.")
            .Argument<NonNullGraphType<IdGraphType>>("questionId")
            .Argument<NonNullGraphType<StringGraphType>>("answer")
            .ResolveAsync(async c =>
            {
                var questionId = c.GetArgument<string>("questionId");
                var consortium = QuestionIds.ConsortiumOf(questionId) ?? throw DomainException.NotFound("The question");
                return await Consortium(c, consortium).AnswerQuestion(questionId, c.GetArgument<string>("answer"));
            });

        mutation.Field<NonNullGraphType<RegistrationType>>("registerForDialogueEvent")
            .Description("The calling supplier registers; a repeat updates its registration (REGISTRATION_WINDOW).")
            .Argument<NonNullGraphType<IdGraphType>>("eventId")
            .Argument<IntGraphType>("attendees", a => a.DefaultValue = 1)
            .ResolveAsync(async c => RegistrationView.From(await Event(c).Register(c.GetArgument<int>("attendees"))));

        mutation.Field<NonNullGraphType<RegistrationType>>("cancelRegistration")
            .Argument<NonNullGraphType<IdGraphType>>("eventId")
            .ResolveAsync(async c => RegistrationView.From(await Event(c).CancelRegistration()));

        mutation.Field<NonNullGraphType<QuestionType>>("askQuestion")
            .Description("Only while the consortium is in MARKET_DIALOGUE.")
            .Argument<NonNullGraphType<IdGraphType>>("consortiumId")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async c => await Consortium(c, c.GetArgument<string>("consortiumId")).AskQuestion(c.GetArgument<string>("text")));
    }

    private static IConsortiumDialogueGrain Consortium(IResolveFieldContext c, string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > EntityIds.MaxLength) throw DomainException.NotFound("The consortium");
        return c.Grains().GetGrain<IConsortiumDialogueGrain>(id);
    }

    private static IDialogueEventGrain Event(IResolveFieldContext c)
    {
        var id = c.GetArgument<string>("eventId");
        if (string.IsNullOrEmpty(id) || id.Length > EntityIds.MaxLength) throw DomainException.NotFound("The dialogue event");
        return c.Grains().GetGrain<IDialogueEventGrain>(id);
    }
}
