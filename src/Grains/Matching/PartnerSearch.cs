using System.Security.Cryptography;
using System.Text;
using Samspill.Grains.Needs;

namespace Samspill.Grains.Matching;

/// <summary>
/// Which partner search a municipality owes: its need, and the need's <see cref="NeedRecord.UpdatedAt"/> when the
/// search was asked for (a publish, or an update that changed what the need is about). A search is sent again until the
/// feed confirms it, so the same key may be searched twice; the suggestions it pushes carry ids made from the key, and
/// the live topics drop the second copy.
/// </summary>
[GenerateSerializer, Immutable, Alias("Samspill.PartnerSearchKey")]
public sealed record PartnerSearchKey([property: Id(0)] string NeedId, [property: Id(1)] DateTimeOffset AskedAt)
{
    /// <summary>
    /// The event id of the suggestion this search makes to <paramref name="to"/>'s need about <paramref name="about"/>'s:
    /// the same for every run of the search, so a run after a lost feed does not tell anyone twice. Hashed so it has the
    /// shape of the other event ids (32 hex digits), whatever the need ids hold.
    /// </summary>
    public string SuggestionEventId(string to, string about) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{NeedId}@{AskedAt.UtcTicks}:{to}>{about}")))[..32];
}

/// <summary>A partner search handed to a county's feed: the need as it is now, and the search's key.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.PartnerSearch")]
public sealed record PartnerSearch([property: Id(0)] NeedRecord Need, [property: Id(1)] DateTimeOffset AskedAt)
{
    public PartnerSearchKey Key => new(Need.Id, AskedAt);
}
