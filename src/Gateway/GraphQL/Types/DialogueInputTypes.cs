using Samspill.Grains.Dialogue;
using Samspill.Grains.Suppliers;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>Input of announceDialogueEvent, as GraphQL.NET binds it.</summary>
public sealed class AnnounceDialogueEventInput
{
    public string ConsortiumId { get; set; } = "";
    public string? Title { get; set; }
    public string? Description { get; set; }
    public DialogueEventKind Kind { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public string? Location { get; set; }
    public DateTime RegistrationDeadline { get; set; }
    public int? Capacity { get; set; }

    public AnnounceDialogueEventCommand ToCommand() => new()
    {
        Title = Title, Description = Description, Kind = Kind, StartsAt = Utc(StartsAt), EndsAt = Utc(EndsAt),
        Location = Location, RegistrationDeadline = Utc(RegistrationDeadline), Capacity = Capacity,
    };

    /// <summary>The contract's DateTime is UTC; a value without an offset is read as UTC.</summary>
    private static DateTimeOffset Utc(DateTime value) =>
        new(value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime());
}

/// <summary>AnnounceDialogueEventInput.</summary>
public sealed class AnnounceDialogueEventInputType : InputObjectGraphType<AnnounceDialogueEventInput>
{
    public AnnounceDialogueEventInputType()
    {
        Name = "AnnounceDialogueEventInput";
        Field<NonNullGraphType<IdGraphType>>("consortiumId");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("description");
        Field<NonNullGraphType<DialogueEventKindEnum>>("kind");
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt");
        Field<NonNullGraphType<DateTimeGraphType>>("endsAt");
        Field<StringGraphType>("location");
        Field<NonNullGraphType<DateTimeGraphType>>("registrationDeadline");
        Field<IntGraphType>("capacity");
    }
}

/// <summary>Input of registerSupplier.</summary>
public sealed class RegisterSupplierInput
{
    public string? Name { get; set; }
}

/// <summary>RegisterSupplierInput.</summary>
public sealed class RegisterSupplierInputType : InputObjectGraphType<RegisterSupplierInput>
{
    public RegisterSupplierInputType()
    {
        Name = "RegisterSupplierInput";
        Field<NonNullGraphType<StringGraphType>>("name");
    }
}

/// <summary>Input of follow and unfollow.</summary>
public sealed class FollowInput
{
    public FollowKind Kind { get; set; }
    public string? Value { get; set; }
}

/// <summary>FollowInput.</summary>
public sealed class FollowInputType : InputObjectGraphType<FollowInput>
{
    public FollowInputType()
    {
        Name = "FollowInput";
        Field<NonNullGraphType<FollowKindEnum>>("kind");
        Field<NonNullGraphType<StringGraphType>>("value");
    }
}

/// <summary>Filter of dialogue events.</summary>
public sealed class DialogueEventFilter
{
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
    public string? CpvPrefix { get; set; }
    public string? Consortium { get; set; }
    public List<string>? CpvPrefixes { get; set; }
    public string? County { get; set; }
    public DialogueEventKind? Kind { get; set; }
    public bool? Upcoming { get; set; }
}

/// <summary>DialogueEventFilter: from/to bound the start; cpvPrefix matches any of the event's codes.</summary>
public sealed class DialogueEventFilterType : InputObjectGraphType<DialogueEventFilter>
{
    public DialogueEventFilterType()
    {
        Name = "DialogueEventFilter";
        Field<DateTimeGraphType>("from");
        Field<DateTimeGraphType>("to");
        Field<StringGraphType>("cpvPrefix");
        Field<IdGraphType>("consortium");
        // Added to the contract: the public listing filters on the server, so pages and totalCount agree with the filter.
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("cpvPrefixes").Description("Any of these CPV prefixes (or cpvPrefix).");
        Field<IdGraphType>("county").Description("A county of the lead or of a member municipality.");
        Field<DialogueEventKindEnum>("kind");
        Field<BooleanGraphType>("upcoming").Description("Only events neither cancelled nor ended.");
    }
}

/// <summary>DialogueEventOrder: the order of the public listing (added to the contract).</summary>
public sealed class DialogueEventOrderEnum : EnumerationGraphType<DialogueEventOrder>
{
    public DialogueEventOrderEnum()
    {
        Name = "DialogueEventOrder";
        Add("STARTS_AT", DialogueEventOrder.StartsAt, "Soonest start first (the default).");
        Add("ANNOUNCED_NEWEST", DialogueEventOrder.AnnouncedNewest, "Newest announcement first.");
    }
}
