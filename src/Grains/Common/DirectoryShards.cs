using System.Globalization;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Common;

/// <summary>
/// The directories (consortia, dialogue events) are kept per county of the consortium's lead (which never changes), so
/// consortia in different counties never wait for one grain for the country. Key 0 is the country's directory as
/// builds before shards kept it: read beside the shards, where a newer copy of an entry supersedes it, and never written.
/// </summary>
public static class DirectoryShards
{
    /// <summary>The directory of the whole country as older builds kept it; also where an entry of an unknown county goes.</summary>
    public const long Country = 0;

    /// <summary>The shard of a county: its number ("03" is 3); <see cref="Country"/> for none.</summary>
    public static long Of(string? countyNumber) =>
        long.TryParse(countyNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : Country;

    /// <summary>The shard of a consortium led by municipality <paramref name="lead"/>.</summary>
    public static long OfLead(ReferenceCatalog catalog, string lead) => Of(catalog.Municipality(lead)?.CountyNumber);

    /// <summary>Every shard to read: the country's older directory and each county's.</summary>
    public static IReadOnlyList<long> All(ReferenceCatalog catalog) => [Country, .. catalog.Counties.Select(c => Of(c.Number)).Distinct()];

    /// <summary>Every shard's list read at once; of an entry found in more than one, its newest copy.</summary>
    public static async Task<IReadOnlyList<TEntry>> ReadAsync<TEntry>(ReferenceCatalog catalog, Func<long, Task<IReadOnlyList<TEntry>>> read)
        where TEntry : IDirectoryEntry
    {
        var lists = await Task.WhenAll(All(catalog).Select(read));
        return lists.SelectMany(list => list).GroupBy(e => e.Id).Select(copies => copies.MaxBy(e => e.Version)!).ToList();
    }
}
