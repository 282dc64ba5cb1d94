namespace Samspill.Grains.Needs;

/// <summary>
/// Need ids carry their municipality ("5001-9f2c…") so a consortium can reach the owning grain without a
/// lookup table.
/// </summary>
public static class NeedIds
{
    public static string New(string municipality) => $"{municipality}-{Guid.NewGuid():N}"[..21];

    /// <summary>
    /// The id a need published with an Idempotency-Key gets: the same for every retry of that request, so a retry
    /// after a lost answer finds the need instead of publishing a second one.
    /// </summary>
    public static string ForKey(string municipality, string idempotencyKey)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{municipality}\n{idempotencyKey}"));
        return $"{municipality}-{Convert.ToHexStringLower(hash)}"[..21];
    }

    /// <summary>The municipality number in a need id, or null when the id is malformed.</summary>
    public static string? MunicipalityOf(string? needId)
    {
        if (needId is null || needId.Length < 6 || needId[4] != '-') return null;
        var number = needId[..4];
        return number.All(char.IsAsciiDigit) && needId[5..].All(char.IsAsciiHexDigit) ? number : null;
    }
}
