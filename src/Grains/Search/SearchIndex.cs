using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Search;

/// <summary>
/// The Lucene index behind search and similar needs: in memory, rebuilt from grain state by its owner, never the
/// place a fact is first written. Not thread-safe for writers; its owner (one grain activation) serialises calls.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    internal const string KeyField = "key", KindField = "kind", IdField = "id", TitleField = "title", BodyField = "body",
        CpvTextField = "cpvtext", CpvField = "cpv", CountyField = "county", DomainField = "domain", VisibleField = "visible",
        PoolableField = "poolable", MunicipalityField = "municipality", DivisionField = "division", FromCaseField = "fromcase";
    private const string KindValues = "kind_dv", CountyValues = "county_dv", DomainValues = "domain_dv", DivisionValues = "division_dv",
        IdValues = "id_dv";
    private const int SnippetChars = 180;

    private readonly ReferenceCatalog _catalog;
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly Dictionary<string, long> _versions = [];
    private readonly NeedTerms _needTerms = new();
    private TermWeights? _weights;
    private bool _dirty;
    // Needs written since the reader was last refreshed, newest copy each (null: taken out). Partner queries from the
    // county feeds (lagging reads) may run on a reader this far behind and find these in memory: one publish at a time
    // refreshed the reader per need, flushing a one-document segment, rebuilding the term weights and feeding Lucene's
    // merges (a fifth of the silo's CPU at one client on Azurite, bench/results/throughput.md).
    private readonly Dictionary<string, SearchDocument?> _unrefreshedNeeds = new(StringComparer.Ordinal);

    public SearchIndex(ReferenceCatalog catalog)
    {
        _catalog = catalog;
        _writer = new IndexWriter(_directory, new IndexWriterConfig(NorwegianTextAnalyzer.Version, NorwegianTextAnalyzer.Instance)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>How many needs a lagging read lets the reader be behind before it refreshes it.</summary>
    public const int MaxUnrefreshedNeeds = 32;

    /// <summary>Documents in the index.</summary>
    public int Count => _versions.Count;

    /// <summary>How often the reader was refreshed to see writes (for tests and the bench).</summary>
    public int Refreshes { get; private set; }

    /// <summary>Adds or replaces a document unless a newer copy is already in; true when it changed the index.</summary>
    public bool Upsert(SearchDocument doc)
    {
        if (_versions.TryGetValue(doc.Key, out var known) && known > doc.Version) return false;
        _writer.UpdateDocument(new Term(KeyField, doc.Key), ToLucene(doc));
        _versions[doc.Key] = doc.Version;
        if (doc.Kind == SearchKind.Need)
        {
            _needTerms.Set(doc.Id, NeedText(doc.Title, doc.Body));
            _unrefreshedNeeds[doc.Id] = doc;
        }
        _dirty = true;
        return true;
    }

    /// <summary>Removes a document (a withdrawn need, a cancelled event) unless a newer copy is in.</summary>
    public bool Delete(SearchKind kind, string id, long version)
    {
        var key = SearchKeys.Of(kind, id);
        if (_versions.TryGetValue(key, out var known) && known > version) return false;
        _writer.DeleteDocuments(new Term(KeyField, key));
        if (kind == SearchKind.Need)
        {
            _needTerms.Remove(id);
            _unrefreshedNeeds[id] = null;
        }
        // Remember the version so a late, older copy does not bring it back.
        _versions[key] = version;
        _dirty = true;
        return true;
    }

    /// <summary>The version the index holds of a document, or null.</summary>
    public long? VersionOf(SearchKind kind, string id) => _versions.TryGetValue(SearchKeys.Of(kind, id), out var v) ? v : null;

    /// <summary>Text search for the audiences given, with facets; see <see cref="SearchResult"/>.</summary>
    public SearchResult Search(SearchQuery query, IReadOnlyCollection<string> audiences)
    {
        return WithSearcher(lagging: false, searcher =>
        {
            var words = NorwegianTextAnalyzer.QueryWords(query.Text ?? "");
            var textQuery = TextQuery(words);
            var kinds = query.Kinds is { Count: > 0 } k ? k.Select(x => x.ToString()).ToHashSet() : null;

            // One pass over everything the caller may see that matches the text: facets and the total.
            var facets = new FacetCollector(kinds, query.County, query.CpvDivision, query.Domain);
            searcher.Search(textQuery, new QueryWrapperFilter(Audience(audiences)), facets);

            var filter = new BooleanQuery { { Audience(audiences), Occur.MUST } };
            if (kinds is not null) filter.Add(AnyOf(KindField, kinds), Occur.MUST);
            if (!string.IsNullOrEmpty(query.County)) filter.Add(new TermQuery(new Term(CountyField, query.County)), Occur.MUST);
            if (!string.IsNullOrEmpty(query.CpvDivision)) filter.Add(new TermQuery(new Term(DivisionField, query.CpvDivision)), Occur.MUST);
            if (!string.IsNullOrEmpty(query.Domain)) filter.Add(new TermQuery(new Term(DomainField, query.Domain)), Occur.MUST);
            var want = Math.Max(0, query.Offset) + Math.Max(0, query.First);
            var top = searcher.Search(textQuery, new QueryWrapperFilter(filter), Math.Max(1, want));

            var highlighter = words.Count == 0 ? null : Highlighter(textQuery);
            var hits = top.ScoreDocs.Skip(Math.Max(0, query.Offset)).Take(Math.Max(0, query.First)).Select(sd =>
            {
                var d = searcher.Doc(sd.Doc);
                var body = d.Get(BodyField) ?? "";
                return new SearchHit(Enum.Parse<SearchKind>(d.Get(KindField)), d.Get(IdField), d.Get(TitleField),
                    Snippet(highlighter, body), Math.Round(sd.Score, 4));
            }).ToList();
            return new SearchResult(hits, facets.Total, facets.Kinds(), facets.Counties(), facets.Domains());
        });
    }

    /// <summary>The analysed terms of a need's text, as similarNeeds compares them.</summary>
    public static IReadOnlyList<string> NeedText(string title, string description) => NorwegianTextAnalyzer.Terms($"{title}\n{description}");

    /// <summary>
    /// A need's text made ready to compare: its terms, their weights in the index as it is now, and its query terms
    /// (see <see cref="SimilarityProbe.MaxQueryTerms"/>; the bench passes other limits to compare). A lagging probe
    /// takes its weights from a reader up to <see cref="MaxUnrefreshedNeeds"/> needs behind, as its
    /// <see cref="CandidateNeeds"/> does.
    /// </summary>
    public SimilarityProbe Probe(string title, string description, int maxQueryTerms = SimilarityProbe.MaxQueryTerms,
        double maxDocShare = SimilarityProbe.MaxDocShare, bool lagging = false) => WithSearcher(lagging, searcher =>
    {
        var weights = Weights(searcher);
        var terms = NeedText(title, description);
        return new SimilarityProbe(terms, terms.Select(_needTerms.Find).ToArray(), terms.Select(weights.Of).ToArray(), weights, maxQueryTerms, maxDocShare);
    });

    /// <summary>
    /// Needs free to pool that the audiences may see, outside <paramref name="excludeMunicipality"/>, ranked by text
    /// relevance to the probe's query terms and by shared CPV prefixes (<paramref name="cpvPrefixes"/>). A lagging
    /// read may run on a reader up to <see cref="MaxUnrefreshedNeeds"/> needs behind: the needs written since are
    /// matched in memory by the same terms, prefixes and filter, and follow the reader's hits unranked (at most that
    /// many more than <paramref name="top"/>); the caller ranks candidates itself.
    /// </summary>
    public IReadOnlyList<(string Id, double Score)> CandidateNeeds(
        SimilarityProbe probe, IReadOnlyCollection<string> cpvPrefixes, IReadOnlyCollection<string> audiences, string excludeMunicipality,
        string? fromCaseId, int top, bool lagging = false)
    {
        return WithSearcher(lagging, searcher =>
        {
            var query = new BooleanQuery();
            foreach (var t in probe.QueryTerms)
            {
                query.Add(new TermQuery(new Term(TitleField, t)) { Boost = 2f }, Occur.SHOULD);
                query.Add(new TermQuery(new Term(BodyField, t)), Occur.SHOULD);
            }
            // A broad prefix in more than a tenth of the documents walks a long list and ranks little, as a common word
            // does (SimilarityProbe.MaxDocShare; bench/results/search.md); the narrowest prefix asked for each code always
            // stays, so a need still finds needs of its own codes, and the ranking weighs shared prefixes afterwards.
            var maxDf = Math.Max(SimilarityProbe.MaxDocShare * searcher.IndexReader.NumDocs, SimilarityProbe.MinCommonDocs);
            var prefixes = new List<string>();
            foreach (var p in cpvPrefixes.Take(BooleanQuery.MaxClauseCount / 4))
            {
                var narrowest = !cpvPrefixes.Any(q => q.Length > p.Length && q.StartsWith(p, StringComparison.Ordinal));
                if (!narrowest && searcher.IndexReader.DocFreq(new Term(CpvField, p)) > maxDf) continue;
                query.Add(new TermQuery(new Term(CpvField, p)) { Boost = 0.5f + p.Length / 4f }, Occur.SHOULD);
                prefixes.Add(p);
            }
            // Needs started from the same case come first (issue 14: "suggested first").
            if (fromCaseId is not null) query.Add(new TermQuery(new Term(FromCaseField, fromCaseId)) { Boost = 20f }, Occur.SHOULD);
            if (query.Clauses.Count == 0) return [];
            var found = searcher.Search(query, new PoolableNeedsFilter(audiences, excludeMunicipality), Math.Max(1, top));
            // Ids from doc values: loading each hit's stored fields (title and body, compressed) cost more than the search.
            var leaves = searcher.IndexReader.Leaves;
            var scratch = new BytesRef();
            var hits = new List<(string, double)>(found.ScoreDocs.Length);
            foreach (var sd in found.ScoreDocs)
            {
                var leaf = leaves[ReaderUtil.SubIndex(sd.Doc, leaves)];
                leaf.AtomicReader.GetBinaryDocValues(IdValues).Get(sd.Doc - leaf.DocBase, scratch);
                var id = scratch.Utf8ToString();
                // The reader's copy of a need written since may be out of date (no longer poolable, withdrawn).
                if (!_unrefreshedNeeds.ContainsKey(id)) hits.Add((id, sd.Score));
            }
            foreach (var (id, doc) in _unrefreshedNeeds)
                if (doc is not null && UnrefreshedCandidate(doc, probe, prefixes, audiences, excludeMunicipality, fromCaseId)) hits.Add((id, 0));
            return hits;
        });
    }

    // The candidate query and PoolableNeedsFilter over one need not yet in the reader: free to pool, visible to an
    // audience, not the excluded owner's, and sharing a query term, a queried prefix or the case.
    private bool UnrefreshedCandidate(SearchDocument doc, SimilarityProbe probe, List<string> prefixes, IReadOnlyCollection<string> audiences,
        string excludeMunicipality, string? fromCaseId)
    {
        if (!doc.Poolable || doc.Municipality == excludeMunicipality || !doc.VisibleTo.Any(audiences.Contains)) return false;
        if (fromCaseId is not null && doc.FromCaseId == fromCaseId) return true;
        if (doc.Cpv.SelectMany(CpvPrefixes).Any(prefixes.Contains)) return true;
        var terms = _needTerms.Of(doc.Id);
        return terms is not null && probe.QueryTerms.Any(t => _needTerms.Find(t) is var id && id >= 0 && Array.BinarySearch(terms, id) >= 0);
    }

    /// <summary>How alike a probe and an indexed need's text are (<see cref="Matching.TextSimilarity"/>), from the kept terms.</summary>
    public (double Similarity, IReadOnlyList<string> Matched) TextSimilarity(SimilarityProbe probe, string needId)
    {
        var other = _needTerms.Of(needId);
        if (other is null) return (0, []);
        return probe.Compare(other, _needTerms);
    }

    /// <summary>How rare a term is among the documents' text (inverse document frequency, natural log, ≥ 0).</summary>
    public Func<string, double> Idf() => WithSearcher<Func<string, double>>(lagging: false, searcher => Weights(searcher).Of);

    // Weights are valid until the next write refreshes the reader; the owner serialises calls, so one similarNeeds
    // query never sees a refresh between its probe and its scoring.
    private TermWeights Weights(IndexSearcher searcher)
    {
        if (_weights is null || !ReferenceEquals(_weights.Reader, searcher.IndexReader)) _weights = new TermWeights(searcher.IndexReader, _needTerms);
        return _weights;
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    // A lagging read (the feeds' partner queries) leaves the reader up to MaxUnrefreshedNeeds needs behind; every other
    // read sees every write.
    private T WithSearcher<T>(bool lagging, Func<IndexSearcher, T> read)
    {
        if (_dirty && (!lagging || _unrefreshedNeeds.Count > MaxUnrefreshedNeeds))
        {
            _searchers.MaybeRefreshBlocking();
            _dirty = false;
            _unrefreshedNeeds.Clear();
            Refreshes++;
        }
        var searcher = _searchers.Acquire();
        try { return read(searcher); }
        finally { _searchers.Release(searcher); }
    }

    private Document ToLucene(SearchDocument doc)
    {
        var d = new Document
        {
            new StringField(KeyField, doc.Key, Field.Store.NO),
            new StringField(KindField, doc.Kind.ToString(), Field.Store.YES),
            new SortedDocValuesField(KindValues, new BytesRef(doc.Kind.ToString())),
            new StringField(IdField, doc.Id, Field.Store.YES),
            new BinaryDocValuesField(IdValues, new BytesRef(doc.Id)),
            new TextField(TitleField, doc.Title, Field.Store.YES),
            new TextField(BodyField, doc.Body, Field.Store.YES),
        };
        // The CPV codes' Norwegian names are part of what a document is about ("trygghetsalarm" finds 35121700's need).
        var labels = doc.Cpv.Select(c => _catalog.CpvCode(c)?.Label).OfType<string>();
        d.Add(new TextField(CpvTextField, string.Join(". ", labels), Field.Store.NO));
        foreach (var prefix in doc.Cpv.SelectMany(CpvPrefixes).Distinct()) d.Add(new StringField(CpvField, prefix, Field.Store.NO));
        foreach (var division in doc.Cpv.Select(CpvTree.Division).Distinct())
        {
            d.Add(new StringField(DivisionField, division, Field.Store.NO));
            d.Add(new SortedSetDocValuesField(DivisionValues, new BytesRef(division)));
        }
        foreach (var county in doc.Counties.Distinct())
        {
            d.Add(new StringField(CountyField, county, Field.Store.NO));
            d.Add(new SortedSetDocValuesField(CountyValues, new BytesRef(county)));
        }
        if (!string.IsNullOrEmpty(doc.Domain))
        {
            d.Add(new StringField(DomainField, doc.Domain, Field.Store.NO));
            d.Add(new SortedDocValuesField(DomainValues, new BytesRef(doc.Domain)));
        }
        foreach (var tag in doc.VisibleTo.Distinct()) d.Add(new StringField(VisibleField, tag, Field.Store.NO));
        if (doc.Poolable) d.Add(new StringField(PoolableField, "1", Field.Store.NO));
        if (doc.Municipality is not null) d.Add(new StringField(MunicipalityField, doc.Municipality, Field.Store.NO));
        if (doc.FromCaseId is not null) d.Add(new StringField(FromCaseField, doc.FromCaseId, Field.Store.NO));
        return d;
    }

    /// <summary>A code's prefixes from its group down to its own significant digits ("331962" → 331, 3319, 33196, 331962).</summary>
    public static IEnumerable<string> CpvPrefixes(string code)
    {
        var significant = CpvTree.SignificantPrefix(code);
        for (var len = 3; len <= significant.Length; len++) yield return significant[..len];
    }

    private static Query TextQuery(IReadOnlyList<QueryWord> words)
    {
        if (words.Count == 0) return new MatchAllDocsQuery();
        // Each word is one clause (so the coordination factor ranks documents with more of the words first); a word
        // matches through any whole term, or through all of its parts together, which weigh less.
        var query = new BooleanQuery();
        foreach (var word in words.Take(32))
        {
            var wordQuery = new BooleanQuery(disableCoord: true);
            foreach (var t in word.Whole.Take(16)) wordQuery.Add(AnyField(t), Occur.SHOULD);
            if (word.Parts.Count > 0)
            {
                var parts = new BooleanQuery(disableCoord: true) { Boost = 0.6f };
                foreach (var p in word.Parts.Take(8)) parts.Add(AnyField(p), Occur.MUST);
                wordQuery.Add(parts, Occur.SHOULD);
            }
            query.Add(wordQuery, Occur.SHOULD);
        }
        return query;
    }

    private static BooleanQuery AnyField(string term) => new(disableCoord: true)
    {
        { new TermQuery(new Term(TitleField, term)) { Boost = 3f }, Occur.SHOULD },
        { new TermQuery(new Term(BodyField, term)), Occur.SHOULD },
        { new TermQuery(new Term(CpvTextField, term)) { Boost = 0.5f }, Occur.SHOULD },
    };

    private static BooleanQuery Audience(IReadOnlyCollection<string> audiences) => AnyOf(VisibleField, audiences);

    private static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var q = new BooleanQuery();
        foreach (var v in values) q.Add(new TermQuery(new Term(field, v)), Occur.SHOULD);
        return q;
    }

    private static Highlighter Highlighter(Query query)
    {
        var scorer = new QueryScorer(query);
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new MarkupOnlyEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, SnippetChars),
        };
    }

    private static string Snippet(Highlighter? highlighter, string body)
    {
        var fragment = highlighter?.GetBestFragment(NorwegianTextAnalyzer.Instance, BodyField, body);
        if (!string.IsNullOrEmpty(fragment)) return fragment;
        var plain = body.Length <= SnippetChars ? body : body[..SnippetChars] + "…";
        return MarkupOnlyEncoder.Encode(plain);
    }

    /// <summary>Escapes only what HTML gives meaning to (&amp; &lt; &gt; &quot; '), leaving æ, ø and å as they are.</summary>
    private sealed class MarkupOnlyEncoder : IEncoder
    {
        public string EncodeText(string originalText) => Encode(originalText);

        public static string Encode(string text) => text
            .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);
    }
}
