namespace Samspill.Grains.Common;

/// <summary>The kinds of user the platform knows.</summary>
public enum CallerRole { Anonymous, Municipality, Supplier, Programme }

/// <summary>
/// Who is making a request: role, tenant (kommunenummer or organisation number), display name, and the person
/// behind it (the token's subject and e-mail claim, when it has them).
/// </summary>
[GenerateSerializer, Immutable, Alias("Samspill.Caller")]
public sealed record Caller(
    [property: Id(0)] CallerRole Role,
    [property: Id(1)] string? Tenant,
    [property: Id(2)] string? Name,
    [property: Id(3)] string? Subject = null,
    [property: Id(4)] string? Email = null)
{
    public static readonly Caller Anonymous = new(CallerRole.Anonymous, null, null);

    /// <summary>Any member of the programme staff, for asking what staff may see.</summary>
    public static readonly Caller Staff = new(CallerRole.Programme, null, null);

    public bool IsAnonymous => Role == CallerRole.Anonymous;
    public bool IsProgramme => Role == CallerRole.Programme;
    public bool IsMunicipality(string number) => Role == CallerRole.Municipality && Tenant == number;
    public bool IsSupplier(string orgNumber) => Role == CallerRole.Supplier && Tenant == orgNumber;

    /// <summary>The municipality this caller acts for, or null.</summary>
    public string? MunicipalityNumber => Role == CallerRole.Municipality ? Tenant : null;
}
