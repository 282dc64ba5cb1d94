namespace Samspill.Grains.ReferenceData;

/// <summary>Format checks for the identifiers of VALID_IDENTIFIERS that need no catalogue.</summary>
public static class Identifiers
{
    private static readonly int[] OrgWeights = [3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>Nine digits whose last is the modulus-11 check digit of the first eight (Brønnøysund).</summary>
    public static bool IsValidOrganisationNumber(string? value)
    {
        if (value is null || value.Length != 9 || !value.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += (value[i] - '0') * OrgWeights[i];
        var check = 11 - sum % 11;
        if (check == 11) check = 0;
        return check != 10 && check == value[8] - '0';
    }
}
