using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Samspill.Grains.Search;

/// <summary>
/// Counts facets over every match in one pass: a document counts for a facet when it passes every filter but that
/// facet's own, and for the total when it passes them all.
/// </summary>
internal sealed class FacetCollector(HashSet<string>? kinds, string? county, string? division, string? domain) : ICollector
{
    private const string KindValues = "kind_dv", CountyValues = "county_dv", DomainValues = "domain_dv", DivisionValues = "division_dv";
    private readonly Dictionary<string, int> _kinds = [], _counties = [], _domains = [];
    private readonly BytesRef _scratch = new();
    private readonly List<string> _docCounties = [];
    private SortedDocValues? _kind, _domain;
    private SortedSetDocValues? _county, _division;

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _kind = reader.GetSortedDocValues(KindValues);
        _domain = reader.GetSortedDocValues(DomainValues);
        _county = reader.GetSortedSetDocValues(CountyValues);
        _division = reader.GetSortedSetDocValues(DivisionValues);
    }

    public void Collect(int doc)
    {
        var kind = Single(_kind, doc);
        var dom = Single(_domain, doc);
        _docCounties.Clear();
        if (_county is not null)
        {
            _county.SetDocument(doc);
            for (var ord = _county.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _county.NextOrd())
            {
                _county.LookupOrd(ord, _scratch);
                _docCounties.Add(_scratch.Utf8ToString());
            }
        }
        var kindOk = kinds is null || (kind is not null && kinds.Contains(kind));
        var countyOk = county is null || _docCounties.Contains(county);
        var divisionOk = division is null || Has(_division, doc, division);
        var domainOk = domain is null || dom == domain;

        if (countyOk && divisionOk && domainOk && kind is not null) Add(_kinds, kind);
        if (kindOk && divisionOk && domainOk) foreach (var c in _docCounties) Add(_counties, c);
        if (kindOk && countyOk && divisionOk && dom is not null) Add(_domains, dom);
        if (kindOk && countyOk && divisionOk && domainOk) Total++;
    }

    public IReadOnlyList<FacetCount> Kinds() => Sorted(_kinds);
    public IReadOnlyList<FacetCount> Counties() => Sorted(_counties);
    public IReadOnlyList<FacetCount> Domains() => Sorted(_domains);

    private string? Single(SortedDocValues? values, int doc)
    {
        if (values is null) return null;
        var ord = values.GetOrd(doc);
        if (ord < 0) return null;
        values.LookupOrd(ord, _scratch);
        return _scratch.Utf8ToString();
    }

    private bool Has(SortedSetDocValues? values, int doc, string wanted)
    {
        if (values is null) return false;
        values.SetDocument(doc);
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            values.LookupOrd(ord, _scratch);
            if (_scratch.Utf8ToString() == wanted) return true;
        }
        return false;
    }

    private static void Add(Dictionary<string, int> counts, string value) => counts[value] = counts.GetValueOrDefault(value) + 1;

    private static List<FacetCount> Sorted(Dictionary<string, int> counts) =>
        counts.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Select(x => new FacetCount(x.Key, x.Value)).ToList();
}
