using Orleans.Concurrency;

namespace Samspill.Grains.Cases;

/// <summary>
/// The case library (one grain, key 0): seeded with the shipped cases the first time it starts on empty storage,
/// extended by programme staff's imports and by leads publishing their consortia. Cases are public.
/// </summary>
public interface ICaseLibraryGrain : IGrainWithIntegerKey
{
    [AlwaysInterleave]
    Task<CaseRecord?> Get(string id);

    /// <summary>Every case, newest start year first. A pure read, so it may interleave.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<CaseRecord>> All();

    /// <summary>Programme staff import cases in cases.csv's format: all of the file, or nothing and the errors.</summary>
    Task<CaseImportResult> Import(string csv);

    /// <summary>The lead publishes its consortium (CONTRACT or later) as a case; publishing again updates it.</summary>
    Task<CaseRecord> PublishFromConsortium(string consortiumId, PublishCaseCommand command);

    /// <summary>How many times the shipped cases were loaded (1 after the first start; never more).</summary>
    Task<int> SeedCount();
}
