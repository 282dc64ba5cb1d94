namespace Samspill.Grains.Common;

/// <summary>
/// Carries the <see cref="Caller"/> with every grain call through Orleans' RequestContext, so that grains
/// check identity themselves instead of trusting the edge.
/// </summary>
public static class CallerContext
{
    private const string RoleKey = "samspill.caller.role";
    private const string TenantKey = "samspill.caller.tenant";
    private const string NameKey = "samspill.caller.name";
    private const string SubjectKey = "samspill.caller.subject";
    private const string EmailKey = "samspill.caller.email";

    public static void Set(Caller caller)
    {
        RequestContext.Set(RoleKey, caller.Role.ToString());
        if (caller.Tenant is not null) RequestContext.Set(TenantKey, caller.Tenant); else RequestContext.Remove(TenantKey);
        if (caller.Name is not null) RequestContext.Set(NameKey, caller.Name); else RequestContext.Remove(NameKey);
        if (caller.Subject is not null) RequestContext.Set(SubjectKey, caller.Subject); else RequestContext.Remove(SubjectKey);
        if (caller.Email is not null) RequestContext.Set(EmailKey, caller.Email); else RequestContext.Remove(EmailKey);
    }

    /// <summary>True when the current call carries a caller (anonymous included).</summary>
    public static bool IsPresent => RequestContext.Get(RoleKey) is string;

    /// <summary>The caller of the current call; anonymous when none was attached.</summary>
    public static Caller Current
    {
        get
        {
            if (RequestContext.Get(RoleKey) is not string role || !Enum.TryParse<CallerRole>(role, out var parsed))
                return Caller.Anonymous;
            return new Caller(parsed, RequestContext.Get(TenantKey) as string, RequestContext.Get(NameKey) as string,
                RequestContext.Get(SubjectKey) as string, RequestContext.Get(EmailKey) as string);
        }
    }
}
