using Samspill.Grains.Dialogue;

namespace Samspill.Grains.Suppliers;

/// <summary>A supplier as one caller may see it: follows and registrations only for itself and programme staff.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.SupplierView")]
public sealed record SupplierView
{
    [Id(0)] public required string OrgNumber { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public DateTimeOffset RegisteredAt { get; init; }
    [Id(3)] public required IReadOnlyList<FollowRecord> Follows { get; init; }
    [Id(4)] public required IReadOnlyList<RegistrationRecord> Registrations { get; init; }
}
