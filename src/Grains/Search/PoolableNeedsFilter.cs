using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Samspill.Grains.Search;

/// <summary>
/// The needs a similarNeeds query may return: free to pool, visible to one of the caller's audiences, not owned by one
/// municipality. Evaluated as a boolean query this walked the posting lists of "need", "poolable" and the broad
/// audiences (most of the index) on every query; here the broad part is a bit set made once per index segment and
/// copied per query, and only the short lists (an own-municipality audience, the excluded owner) are walked.
/// </summary>
internal sealed class PoolableNeedsFilter(IReadOnlyCollection<string> audiences, string excludeMunicipality) : Filter
{
    /// <summary>Audiences shared by most documents: worth a cached set per segment (the rest are one municipality's).</summary>
    private static readonly string[] BroadAudiences = [SearchAudience.Public, SearchAudience.Municipalities];

    // Keyed by the segment's core, which lives as long as the segment; a document's fields never change (an update is
    // a delete and an add), so a set stays right for its segment, and deletions are applied per query (acceptDocs).
    private static readonly ConditionalWeakTable<object, SegmentSets> Cache = new();

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        var sets = Cache.GetValue(reader.CoreCacheKey, _ => new SegmentSets(reader));
        FixedBitSet? result = null;
        foreach (var audience in audiences)
        {
            if (Array.IndexOf(BroadAudiences, audience) < 0) continue;
            var broad = sets.Broad(audience);
            if (result is null) result = broad.Clone();
            else result.Or(broad);
        }
        result ??= new FixedBitSet(reader.MaxDoc);
        foreach (var audience in audiences)
        {
            if (Array.IndexOf(BroadAudiences, audience) >= 0) continue;
            var docs = reader.GetTermDocsEnum(new Term(SearchIndex.VisibleField, audience));
            if (docs is null) continue;
            for (var d = docs.NextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.NextDoc())
                if (sets.Pool.Get(d)) result.Set(d);
        }
        var owned = reader.GetTermDocsEnum(new Term(SearchIndex.MunicipalityField, excludeMunicipality));
        if (owned is not null) result.AndNot(owned);
        return BitsFilteredDocIdSet.Wrap(result, acceptDocs);
    }

    /// <summary>One segment's needs free to pool, and those among them each broad audience may see.</summary>
    private sealed class SegmentSets
    {
        private readonly AtomicReader _reader;
        private readonly Dictionary<string, FixedBitSet> _broad = [];

        public SegmentSets(AtomicReader reader)
        {
            _reader = reader;
            Pool = Postings(new Term(SearchIndex.KindField, nameof(SearchKind.Need)));
            Pool.And(Postings(new Term(SearchIndex.PoolableField, "1")));
        }

        public FixedBitSet Pool { get; }

        public FixedBitSet Broad(string audience)
        {
            lock (_broad)
            {
                if (_broad.TryGetValue(audience, out var set)) return set;
                set = Postings(new Term(SearchIndex.VisibleField, audience));
                set.And(Pool);
                return _broad[audience] = set;
            }
        }

        private FixedBitSet Postings(Term term)
        {
            var set = new FixedBitSet(_reader.MaxDoc);
            var docs = _reader.GetTermDocsEnum(term);
            if (docs is not null) set.Or(docs);
            return set;
        }
    }
}
