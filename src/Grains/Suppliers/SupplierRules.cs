using Samspill.Grains.Common;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Suppliers;

/// <summary>Registering a supplier: plain functions over <see cref="SupplierState"/>.</summary>
public static class SupplierRules
{
    /// <summary>The caller must be the supplier itself; returns its organisation number.</summary>
    public static string RequireSelf(Caller caller, string orgNumber)
    {
        var org = Guard.RequireSupplier(caller);
        if (org != orgNumber) throw DomainException.Forbidden("You can act only for your own organisation.");
        return org;
    }

    /// <summary>Registers (or renames) the supplier; false when nothing changed.</summary>
    public static bool Register(SupplierState s, Caller caller, string orgNumber, string? name, DateTimeOffset now)
    {
        RequireSelf(caller, orgNumber);
        if (!Identifiers.IsValidOrganisationNumber(orgNumber))
            throw new DomainException(ErrorCodes.ValidationFailed, "The organisation number fails its modulus-11 check.", Rules.ValidIdentifiers, "orgNumber");
        var valid = TextInput.Line("name", name, 2, 200);
        if (s.Registered && s.Name == valid) return false;
        if (!s.Registered) s.RegisteredAt = now;
        s.Registered = true;
        s.Name = valid;
        return true;
    }

    /// <summary>Following and registering for events need a registered organisation (members see its name).</summary>
    public static void RequireRegistered(bool registered)
    {
        if (!registered) throw DomainException.Forbidden("Register your organisation first (registerSupplier).");
    }
}
