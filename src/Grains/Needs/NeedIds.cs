namespace Samspill.Grains.Needs;

/// <summary>
/// Need ids carry their municipality ("5001-9f2c…") so a consortium can reach the owning grain without a
/// lookup table.
/// </summary>
public static class NeedIds
{
    public static string New(string municipality) => $"{municipality}-{Guid.NewGuid():N}"[..21];

    /// <summary>The municipality number in a need id, or null when the id is malformed.</summary>
    public static string? MunicipalityOf(string? needId)
    {
        if (needId is null || needId.Length < 6 || needId[4] != '-') return null;
        var number = needId[..4];
        return number.All(char.IsAsciiDigit) && needId[5..].All(char.IsAsciiHexDigit) ? number : null;
    }
}
