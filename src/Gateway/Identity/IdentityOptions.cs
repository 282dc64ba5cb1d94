namespace Samspill.Gateway.Identity;

/// <summary>Configuration section Authentication.</summary>
public sealed class IdentityOptions
{
    public const string Section = "Authentication";

    /// <summary>OpenID Connect issuer of production tokens.</summary>
    public string? Authority { get; set; }
    public string Audience { get; set; } = "samspill";
    /// <summary>Claim carrying the role (municipality | supplier | programme).</summary>
    public string RoleClaim { get; set; } = "role";
    /// <summary>Claim carrying the tenant (kommunenummer or organisation number).</summary>
    public string TenantClaim { get; set; } = "tenant";
    public string NameClaim { get; set; } = "name";
    /// <summary>Claim carrying the person's e-mail address; taken as confirmed, since the identity provider vouches for it.</summary>
    public string EmailClaim { get; set; } = "email";
    public bool RequireHttpsMetadata { get; set; } = true;
    public DevTokenOptions DevTokens { get; set; } = new();
}

/// <summary>Development tokens: signed with a key that exists only in Development.</summary>
public sealed class DevTokenOptions
{
    public const string Issuer = "samspill-dev";

    public bool Enabled { get; set; }
    /// <summary>
    /// DEV ONLY. Base64 key shared by the silos of a local cluster; when empty each process generates its own at
    /// start. Never set outside Development: the silo refuses to start with dev tokens enabled there.
    /// </summary>
    public string? SigningKey { get; set; }
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(8);
}
