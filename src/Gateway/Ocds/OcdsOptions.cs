using System.Text.RegularExpressions;

namespace Samspill.Gateway.Ocds;

/// <summary>Configuration section Ocds: how the open data identifies itself.</summary>
public sealed partial class OcdsOptions
{
    public const string Section = "Ocds";

    /// <summary>The publisher's registered OCDS prefix; every ocid is "{prefix}-{consortium id}".</summary>
    public string OcidPrefix { get; set; } = "ocds-samspill";

    public string PublisherName { get; set; } = "Samspill";
    public string? PublisherUri { get; set; }

    /// <summary>The licence of the data; by default the Norwegian Licence for Open Government Data (NLOD) 2.0.</summary>
    public string? License { get; set; } = "https://data.norge.no/nlod/en/2.0";

    public string? PublicationPolicy { get; set; }

    /// <summary>Prefixes look like OCDS ones ("ocds-" and letters or digits) so that ocids stay unambiguous.</summary>
    public static bool IsValidPrefix(string? prefix) => prefix is not null && PrefixPattern().IsMatch(prefix);

    [GeneratedRegex("^ocds-[a-z0-9]{1,32}$")]
    private static partial Regex PrefixPattern();
}
