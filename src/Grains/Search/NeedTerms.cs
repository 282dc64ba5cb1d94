using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Samspill.Grains.Search;

/// <summary>
/// The analysed terms of every indexed need, kept as sorted ids into one table of terms, so similarNeeds compares
/// texts without analysing a candidate again and without a set of strings per need. The table only grows (a term
/// is a few bytes and the vocabulary of procurement text is bounded); a need's ids go when the need goes.
/// </summary>
internal sealed class NeedTerms
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly Dictionary<string, int[]> _byNeed = new(StringComparer.Ordinal);

    public int Vocabulary => _terms.Count;

    public void Set(string needId, IEnumerable<string> terms)
    {
        var ids = new List<int>();
        foreach (var t in terms)
        {
            if (!_ids.TryGetValue(t, out var id))
            {
                id = _terms.Count;
                _ids[t] = id;
                _terms.Add(t);
            }
            ids.Add(id);
        }
        ids.Sort();
        _byNeed[needId] = ids.Distinct().ToArray();
    }

    public void Remove(string needId) => _byNeed.Remove(needId);

    /// <summary>A need's term ids, ascending; null when the need is not indexed.</summary>
    public int[]? Of(string needId) => _byNeed.GetValueOrDefault(needId);

    /// <summary>A term's id, or -1 when no indexed need has it.</summary>
    public int Find(string term) => _ids.TryGetValue(term, out var id) ? id : -1;

    public string Term(int id) => _terms[id];
}

/// <summary>
/// Term weights (inverse document frequency over title and body, natural log, &gt; 0) read from one reader and
/// remembered per term id: a reader's statistics do not change, so each term is looked up once per reader.
/// </summary>
public sealed class TermWeights
{
    private readonly IndexReader _reader;
    private readonly NeedTerms _terms;
    private readonly int _docs;
    private double[] _byId = [];
    // One terms enumerator per segment and field, made on first use and sought again for every term: the reader's own
    // DocFreq builds a fresh enumerator per segment for each term (with its frame and arc arrays), and the weights are
    // rebuilt after every refresh, so that allocation was a large part of a partner query.
    private readonly TermsEnum?[] _body, _title;
    private readonly bool[] _opened;
    private readonly BytesRef _scratch = new();

    internal TermWeights(IndexReader reader, NeedTerms terms)
    {
        _reader = reader;
        _terms = terms;
        _docs = Math.Max(1, reader.NumDocs);
        var leaves = reader.Leaves.Count;
        _body = new TermsEnum?[leaves];
        _title = new TermsEnum?[leaves];
        _opened = new bool[leaves];
    }

    internal IndexReader Reader => _reader;

    /// <summary>Documents in the reader the weights come from.</summary>
    public int Documents => _docs;

    /// <summary>The weight of a term by its text.</summary>
    public double Of(string term)
    {
        _scratch.CopyChars(term);
        var leaves = _reader.Leaves;
        var freq = 0;
        for (var i = 0; i < leaves.Count; i++)
        {
            if (!_opened[i])
            {
                var segment = leaves[i].AtomicReader;
                _body[i] = segment.GetTerms(SearchIndex.BodyField)?.GetEnumerator();
                _title[i] = segment.GetTerms(SearchIndex.TitleField)?.GetEnumerator();
                _opened[i] = true;
            }
            // Document frequency counts deleted documents too, as IndexReader.DocFreq does.
            if (_body[i] is { } body && body.SeekExact(_scratch)) freq += body.DocFreq;
            if (_title[i] is { } title && title.SeekExact(_scratch)) freq += title.DocFreq;
        }
        return Math.Log(1 + _docs / (freq + 1.0));
    }

    /// <summary>The weight of a term by its id in the need term table.</summary>
    internal double Of(int id)
    {
        if (id >= _byId.Length)
        {
            var grown = new double[Math.Max(_terms.Vocabulary, id + 1)];
            Array.Copy(_byId, grown, _byId.Length);
            Array.Fill(grown, double.NaN, _byId.Length, grown.Length - _byId.Length);
            _byId = grown;
        }
        var w = _byId[id];
        if (double.IsNaN(w)) _byId[id] = w = Of(_terms.Term(id));
        return w;
    }
}
