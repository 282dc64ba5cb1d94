using Samspill.Grains.Dialogue;
using Samspill.Grains.Suppliers;

namespace Samspill.Gateway.GraphQL.Views;

/// <summary>A supplier's registration as the API shows it (from the stored <see cref="RegistrationRecord"/>).</summary>
public sealed record RegistrationView(string EventId, string Supplier, int Attendees, DateTimeOffset RegisteredAt, bool Cancelled, DateTimeOffset UpdatedAt)
{
    public static RegistrationView From(RegistrationRecord registration) => new(
        registration.EventId, registration.Supplier, registration.Attendees,
        registration.RegisteredAt, registration.Cancelled, registration.UpdatedAt);
}

/// <summary>What a supplier follows, as the API shows it (from the stored <see cref="FollowRecord"/>).</summary>
public sealed record FollowView(FollowKind Kind, string Value)
{
    public static FollowView From(FollowRecord follow) => new(follow.Kind, follow.Value);
}
