using Samspill.Grains.Needs;

namespace Samspill.Grains.Matching;

/// <summary>
/// The stored part of a county's need index that holds one municipality's needs (keyed by kommunenummer), so an
/// upsert rewrites one municipality's copies, never the whole county's.
/// </summary>
public interface INeedIndexPartGrain : IGrainWithStringKey
{
    /// <summary>Stores the copies given (already chosen as newer by the county index); repeats are harmless.</summary>
    Task Store(IReadOnlyList<NeedRecord> needs);

    /// <summary>Every stored copy, for the county index rebuilding itself.</summary>
    Task<IReadOnlyList<NeedRecord>> All();
}
