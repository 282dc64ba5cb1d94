using Samspill.Grains.Common;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Search;

/// <summary>
/// CPV codes found by their names with the same Norwegian analysis as the rest of search, so "trygghetsalarm" finds
/// the alarm codes through its parts and synonyms. Built once per process from the shipped CPV list (the same in every
/// catalog, so several hosts in one process share it); read-only after.
/// </summary>
public sealed class CpvLabelSearch(ReferenceCatalog catalog)
{
    private static readonly object Gate = new();
    private static IndexSearcher? _shared;
    private readonly ReferenceCatalog _catalog = catalog;

    /// <summary>Codes starting with the text first, then codes whose names match, more general codes before their subtrees on ties.</summary>
    public IReadOnlyList<CpvInfo> Search(string text, int first)
    {
        var t = text.Trim();
        var take = Math.Clamp(first, 0, PageSizes.CpvSearchMax);
        if (t.Length == 0 || take == 0) return [];
        var byCode = t.All(c => char.IsDigit(c) || c == '-')
            ? _catalog.Cpv.Where(c => c.Code.StartsWith(t, StringComparison.Ordinal))
                .OrderBy(c => CpvTree.SignificantPrefix(c.Code).Length).ThenBy(c => c.Code, StringComparer.Ordinal).Take(take).ToList()
            : [];
        var terms = NorwegianTextAnalyzer.Terms(t);
        if (terms.Count == 0 || byCode.Count >= take) return byCode;
        var query = new BooleanQuery();
        foreach (var term in terms.Take(BooleanQuery.MaxClauseCount / 2))
        {
            query.Add(new TermQuery(new Term("no", term)) { Boost = 2f }, Occur.SHOULD);
            query.Add(new TermQuery(new Term("en", term)), Occur.SHOULD);
        }
        var searcher = Searcher();
        var hits = searcher.Search(query, 200).ScoreDocs
            .Select(sd => (Code: _catalog.CpvCode(searcher.Doc(sd.Doc).Get("code"))!, Score: Math.Round(sd.Score, 3)))
            .OrderByDescending(h => h.Score).ThenBy(h => CpvTree.SignificantPrefix(h.Code.Code).Length).ThenBy(h => h.Code.Code, StringComparer.Ordinal)
            .Select(h => h.Code);
        return byCode.Concat(hits).DistinctBy(c => c.Code).Take(take).ToList();
    }

    private IndexSearcher Searcher()
    {
        lock (Gate) return _shared ??= Build();
    }

    private IndexSearcher Build()
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(NorwegianTextAnalyzer.Version, NorwegianTextAnalyzer.Instance)))
        {
            foreach (var c in _catalog.Cpv)
                writer.AddDocument(new Document
                {
                    new StringField("code", c.Code, Field.Store.YES),
                    new TextField("no", c.LabelNo, Field.Store.NO),
                    new TextField("en", c.LabelEn, Field.Store.NO),
                });
            writer.Commit();
        }
        return new IndexSearcher(DirectoryReader.Open(directory));
    }
}
