namespace Samspill.Grains.Common;

/// <summary>Caller checks shared by grains: the second line of defence behind the gateway.</summary>
public static class Guard
{
    public static Caller RequireAuthenticated(Caller caller)
    {
        if (caller.IsAnonymous) throw DomainException.Unauthenticated();
        return caller;
    }

    /// <summary>The caller must be a user of a municipality; returns its number.</summary>
    public static string RequireMunicipalityUser(Caller caller)
    {
        RequireAuthenticated(caller);
        if (caller.Role != CallerRole.Municipality || string.IsNullOrEmpty(caller.Tenant))
            throw DomainException.Forbidden("Only municipality users can do this.");
        return caller.Tenant;
    }

    /// <summary>The caller must be a supplier; returns its organisation number.</summary>
    public static string RequireSupplier(Caller caller)
    {
        RequireAuthenticated(caller);
        if (caller.Role != CallerRole.Supplier || string.IsNullOrEmpty(caller.Tenant))
            throw DomainException.Forbidden("Only suppliers can do this.");
        return caller.Tenant;
    }

    public static void RequireMunicipality(Caller caller, string number)
    {
        if (RequireMunicipalityUser(caller) != number)
            throw DomainException.Forbidden("You can act only for your own municipality.");
    }

    public static void RequireProgramme(Caller caller)
    {
        RequireAuthenticated(caller);
        if (!caller.IsProgramme) throw DomainException.Forbidden("Only programme staff can see this.");
    }
}
