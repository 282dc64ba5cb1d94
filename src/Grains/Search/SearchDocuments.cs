using Samspill.Grains.Cases;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Search;

/// <summary>How each kind of record becomes a <see cref="SearchDocument"/>: its text, filters and audience.</summary>
public static class SearchDocuments
{
    public static SearchDocument? Need(NeedRecord n, ReferenceCatalog catalog) => n.IsWithdrawn ? null : new SearchDocument
    {
        Kind = SearchKind.Need, Id = n.Id, Title = n.Title, Body = n.Description, Cpv = n.Cpv,
        Counties = CountiesOf([n.Municipality], catalog), VisibleTo = SearchAudience.OfNeed(n),
        Version = n.UpdatedAt.UtcTicks, Municipality = n.Municipality,
        Poolable = n.ConsortiumId is null && n.OpenToCollaboration, FromCaseId = n.FromCaseId,
    };

    /// <summary>
    /// A consortium lies in the counties of its lead and joined members: an open invitation is seen by few, and the
    /// county filter and facet are the same for every caller, so an invitation places it nowhere.
    /// </summary>
    public static SearchDocument Consortium(ConsortiumSummary c, ReferenceCatalog catalog) => new()
    {
        Kind = SearchKind.Consortium, Id = c.Id, Title = c.Title, Body = c.Description, Cpv = c.Cpv,
        Counties = CountiesOf([c.Lead, .. c.Members.Except(c.Invited ?? [])], catalog), VisibleTo = SearchAudience.OfConsortium(c.HasAnnouncedEvent),
        Version = c.Version, Municipality = c.Lead,
    };

    /// <summary>Announced events are public; a cancelled one is no longer found.</summary>
    public static SearchDocument? DialogueEvent(DialogueEventSummary e) => e.Cancelled ? null : new SearchDocument
    {
        Kind = SearchKind.DialogueEvent, Id = e.Id, Title = e.Title,
        Body = string.IsNullOrEmpty(e.Location) ? e.Description : $"{e.Description}\n{e.Location}",
        Cpv = e.Cpv, Counties = e.Counties ?? [], VisibleTo = [SearchAudience.Public, SearchAudience.Municipalities],
        Version = e.Version,
    };

    public static SearchDocument Case(CaseRecord c, ReferenceCatalog catalog) => new()
    {
        Kind = SearchKind.Case, Id = c.Id, Title = c.Title,
        Body = string.Join("\n", new[] { c.Summary, c.Outcome, c.Lessons }.Where(x => !string.IsNullOrEmpty(x))),
        Cpv = c.Cpv, Counties = CountiesOf(c.Municipalities, catalog), Domain = c.Domain, Procedure = c.Procedure,
        VisibleTo = [SearchAudience.Public, SearchAudience.Municipalities], Version = c.UpdatedAt.UtcTicks,
    };

    private static List<string> CountiesOf(IEnumerable<string> municipalities, ReferenceCatalog catalog) =>
        municipalities.Select(m => catalog.Municipality(m)?.CountyNumber).OfType<string>().Distinct().ToList();
}
