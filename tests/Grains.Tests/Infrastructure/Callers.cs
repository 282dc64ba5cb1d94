using Samspill.Grains.Common;

namespace Samspill.Grains.Tests.Infrastructure;

/// <summary>Callers used across tests.</summary>
public static class Callers
{
    public static Caller Municipality(string number) => new(CallerRole.Municipality, number, $"User of {number}");
    public static Caller Supplier(string org) => new(CallerRole.Supplier, org, $"Supplier {org}");
    public static readonly Caller Programme = new(CallerRole.Programme, null, "Programme staff");
    public static readonly Caller Anonymous = Caller.Anonymous;
}
