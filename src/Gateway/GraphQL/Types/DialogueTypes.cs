using Microsoft.Extensions.DependencyInjection;
using Samspill.Gateway.Calendar;
using Samspill.Grains.Dialogue;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>DialogueEvent: public once announced; registrations as the event grain allows the caller.</summary>
public sealed class DialogueEventType : ObjectGraphType<DialogueEventView>
{
    public DialogueEventType()
    {
        Name = "DialogueEvent";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ConsortiumType>>("consortium").ResolveAsync(async c => await c.Loader().Consortium(c.Source.ConsortiumId));
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<DialogueEventKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt").Resolve(c => c.Source.StartsAt.Utc());
        Field<NonNullGraphType<DateTimeGraphType>>("endsAt").Resolve(c => c.Source.EndsAt.Utc());
        Field<StringGraphType>("location").Resolve(c => c.Source.Location);
        Field<NonNullGraphType<DateTimeGraphType>>("registrationDeadline").Resolve(c => c.Source.RegistrationDeadline.Utc());
        Field<IntGraphType>("capacity").Resolve(c => c.Source.Capacity);
        Field<NonNullGraphType<DialogueEventStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("registrationCount").Resolve(c => c.Source.RegistrationCount);
        Field<NonNullGraphType<IntGraphType>>("attendeeCount").Description("Attendees of all active registrations; capacity counts these.")
            .Resolve(c => c.Source.AttendeeCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegistrationType>>>>("registrations")
            .Description("Consortium members and programme staff see all; a supplier sees its own.")
            .ResolveAsync(async c => (await c.Loader().Registrations(c.Source.Id)).Select(RegistrationView.From).ToList());
        Field<NonNullGraphType<StringGraphType>>("icsUrl").Resolve(c => IcsUrl(c.RequestServices, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CpvCodeType>>>>("cpv")
            .Resolve(c => c.Source.Cpv.Select(code => c.Catalog().CpvCode(code)).OfType<object>().ToList());
        Field<NonNullGraphType<DateTimeGraphType>>("announcedAt").Resolve(c => c.Source.AnnouncedAt.Utc());
        Field<StringGraphType>("cancelReason").Resolve(c => c.Source.CancelReason);
    }

    /// <summary>Absolute when PublicSite:BaseUrl is set, so a calendar client can subscribe to it as given.</summary>
    private static string IcsUrl(IServiceProvider? services, string id) => PublicSite.Of(services).Link(CalendarEndpoints.IcsPath(id));
}

/// <summary>Question: the asker shows only to itself, the consortium's members and programme staff.</summary>
public sealed class QuestionType : ObjectGraphType<QuestionView>
{
    public QuestionType()
    {
        Name = "Question";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ConsortiumType>>("consortium").ResolveAsync(async c => await c.Loader().Consortium(c.Source.ConsortiumId));
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<DateTimeGraphType>>("askedAt").Resolve(c => c.Source.AskedAt.Utc());
        Field<SupplierType>("askedBy").Description("Never shown to other suppliers or anonymous callers.")
            .ResolveAsync(async c => c.Source.AskedBy is { } org ? await c.Loader().Supplier(org) : null);
        Field<StringGraphType>("answer").Resolve(c => c.Source.Answer);
        Field<DateTimeGraphType>("answeredAt").Resolve(c => c.Source.AnsweredAt.Utc());
    }
}

/// <summary>One line of the levelling log: an answer and the suppliers it was published to.</summary>
public sealed class AnswerDistributionType : ObjectGraphType<AnswerDistributionView>
{
    public AnswerDistributionType()
    {
        Name = "AnswerDistribution";
        Description = "Which suppliers an answer was published to, and when (EQUAL_TREATMENT). Members and programme staff only.";
        Field<NonNullGraphType<IdGraphType>>("questionId").Resolve(c => c.Source.QuestionId);
        Field<NonNullGraphType<DateTimeGraphType>>("publishedAt").Resolve(c => c.Source.PublishedAt.Utc());
        Field<NonNullGraphType<IntGraphType>>("recipientCount").Resolve(c => c.Source.Suppliers.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("supplierOrgNumbers").Resolve(c => c.Source.Suppliers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupplierType>>>>("suppliers").ResolveAsync(async c =>
        {
            var suppliers = await Task.WhenAll(c.Source.Suppliers.Select(org => c.Loader().Supplier(org)));
            return suppliers.OfType<object>().ToList();
        });
    }
}

/// <summary>DialogueEventConnection.</summary>
public sealed class DialogueEventConnectionType() : ConnectionType<DialogueEventView, DialogueEventType>("DialogueEventConnection");
