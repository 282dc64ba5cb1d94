using Samspill.Grains.Cases;
using Samspill.Grains.Matching;
using Samspill.Grains.Needs;
using Samspill.Grains.Search;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Search;

/// <summary>
/// A search index fed as the county feeds feed it (<see cref="NeedFeedBatch"/>, no silo), with alike needs to feed it:
/// the room shared by the feed batch's tests and the lagging reader's.
/// </summary>
public abstract class FeedIndexTestBase : IDisposable
{
    protected static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
    protected readonly SearchIndex Index = new(TestCatalog.Instance);
    protected readonly Dictionary<string, NeedRecord> Needs = [];
    private readonly RelatedCpv _related = RelatedCpv.FromCases(CaseSeed.Load(TestCatalog.Instance, Now));

    public void Dispose()
    {
        Index.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A need like every other this room makes (the same text and code), so any two are partners.</summary>
    protected static NeedRecord Need(string id, string municipality, string title = "Digitale kjøkkenvarslere for hjemmeboende",
        string description = "Kjøkkenvarsler med komfyrvakt for hjemmeboende eldre", int version = 1,
        NeedVisibility visibility = NeedVisibility.Municipalities) => new()
    {
        Id = id, Municipality = municipality, Title = title, Description = description, Cpv = ["32552000-7"],
        Visibility = visibility, OpenToCollaboration = true,
        NeededFrom = new DateOnly(2027, 1, 1), NeededTo = new DateOnly(2027, 12, 31), CreatedAt = Now, UpdatedAt = Now.AddSeconds(version),
    };

    /// <summary>A step that indexes a need and asks for its partners, as a publish does.</summary>
    protected static NeedFeedStep Published(NeedRecord need) => new([need], [need], Callers.Municipality(need.Municipality));

    /// <summary>A step that only indexes a need (a change that asks for no partners).</summary>
    protected static NeedFeedStep Written(NeedRecord need) => new([need], [], Callers.Municipality(need.Municipality));

    protected IReadOnlyList<IReadOnlyList<NeedMatch>> Apply(params NeedFeedStep[] steps) =>
        NeedFeedBatch.Apply(Index, Needs, _related, TestCatalog.Instance, steps, NeedFeedGrain.Candidates);
}
