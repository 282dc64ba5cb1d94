using System.Security.Cryptography;
using System.Text;
using Samspill.Grains.Common;
using Samspill.Grains.Live;

namespace Samspill.Grains.Notifications;

/// <summary>A person's id: a hash of the token's issuer and subject, safe in URLs and revealing neither.</summary>
public static class PersonIds
{
    public static string Of(string subject) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subject)))[..32];

    /// <summary>The caller's person id, or UNAUTHENTICATED when the token names no person.</summary>
    public static string Require(Caller caller) =>
        caller.IsAnonymous || string.IsNullOrEmpty(caller.Subject) ? throw DomainException.Unauthenticated() : Of(caller.Subject);

    /// <summary>True for a string shaped like a person id (32 lower-case hex digits).</summary>
    public static bool IsWellFormed([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    /// <summary>The key of a tenant's people list: the tenant's own topic name.</summary>
    public static string TenantKey(CallerRole role, string tenant) => role == CallerRole.Supplier ? LiveTopics.Supplier(tenant) : LiveTopics.Municipality(tenant);

    /// <summary>A fresh random token for a link.</summary>
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
