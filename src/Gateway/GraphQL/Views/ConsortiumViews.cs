using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Municipalities;

namespace Samspill.Gateway.GraphQL.Views;

/// <summary>A member of a consortium as the API shows it (from the stored <see cref="MemberRecord"/>).</summary>
public sealed record MemberView(string Municipality, MemberRole Role, MemberStatus Status, string? AuthorizationReference, DateTimeOffset? JoinedAt)
{
    public bool IsJoined => Status == MemberStatus.Joined;

    public static MemberView From(MemberRecord member) =>
        new(member.Municipality, member.Role, member.Status, member.AuthorizationReference, member.JoinedAt);
}

/// <summary>An open invitation as the API shows it (from the municipality's stored <see cref="MembershipRecord"/>).</summary>
public sealed record InvitationView(string ConsortiumId, string? InvitedBy, string? Message, DateTimeOffset? InvitedAt)
{
    public static InvitationView From(MembershipRecord membership) =>
        new(membership.ConsortiumId, membership.InvitedBy, membership.Message, membership.InvitedAt);
}

/// <summary>One line of a consortium's history as the API shows it (from the stored <see cref="TimelineEntry"/>).</summary>
public sealed record TimelineEntryView(DateTimeOffset At, string Type, string Summary, string? Actor)
{
    public static TimelineEntryView From(TimelineEntry entry) => new(entry.At, entry.Type, entry.Summary, entry.Actor);
}

/// <summary>One line of the levelling log as the API shows it (from the stored <see cref="AnswerDistribution"/>).</summary>
public sealed record AnswerDistributionView(string QuestionId, DateTimeOffset PublishedAt, IReadOnlyList<string> Suppliers)
{
    public static AnswerDistributionView From(AnswerDistribution line) => new(line.QuestionId, line.PublishedAt, line.Suppliers);
}
