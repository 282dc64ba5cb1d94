using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.No;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Samspill.Grains.Search;

/// <summary>
/// Analysis for bokmål procurement text: words, lower case, Norwegian stop words removed, compounds split into their parts
/// (<see cref="SearchVocabulary.CompoundParts"/>), Norwegian light stemming, then the domain's synonyms
/// (<see cref="SearchVocabulary.SynonymRules"/>). The same analysis runs on documents and on queries.
/// </summary>
public sealed class NorwegianTextAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet Parts = new(Version, SearchVocabulary.CompoundParts, ignoreCase: true);
    private static readonly SynonymMap Synonyms = BuildSynonyms();

    /// <summary>One shared instance: Lucene analyzers are thread-safe and keep per-thread token streams.</summary>
    public static NorwegianTextAnalyzer Instance { get; } = new();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        // Function words ("i", "og", "for") say nothing about the problem and would make every need alike.
        stream = new StopFilter(Version, stream, NorwegianAnalyzer.DefaultStopSet);
        // Parts of three letters and more, inside words of six and more; every part found is kept, not only the longest.
        stream = new DictionaryCompoundWordTokenFilter(Version, stream, Parts, minWordSize: 6, minSubwordSize: 3, maxSubwordSize: 20, onlyLongestMatch: false);
        stream = new NorwegianLightStemFilter(stream);
        stream = new SynonymFilter(stream, Synonyms, ignoreCase: true);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The same analysis without compound splitting: a word, its stem and its synonyms.</summary>
    private static readonly Analyzer WholeWords = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new StopFilter(Version, new LowerCaseFilter(Version, tokenizer), NorwegianAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(tokenizer, new SynonymFilter(new NorwegianLightStemFilter(stream), Synonyms, ignoreCase: true));
    });

    /// <summary>Just the words of a text, lower case, without function words.</summary>
    private static readonly Analyzer Words = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new StopFilter(Version, new LowerCaseFilter(Version, tokenizer), NorwegianAnalyzer.DefaultStopSet));
    });

    /// <summary>
    /// A query's words, each with the terms that find it whole (its stem and synonyms) and the parts it splits into.
    /// A document matches a word through a whole term, or through all of its parts: a query for "snøsmelteanlegg"
    /// should not find every "anlegg". Documents are indexed with their parts, so a query for a part ("alarm") finds
    /// the compounds that contain it ("trygghetsalarm").
    /// </summary>
    public static IReadOnlyList<QueryWord> QueryWords(string text) =>
        Terms(Words, text).Select(word =>
        {
            var whole = Terms(WholeWords, word);
            var parts = Terms(Instance, word).Except(whole).ToList();
            // One part that is nearly the whole word ("sykehjemmet" → "sykehjem") may stand for it; a short one may not.
            if (parts.Count == 1 && parts[0].Length < word.Length * 0.7) parts.Clear();
            return new QueryWord(word, whole, parts);
        }).ToList();

    /// <summary>The distinct terms the analysis gives a text, for tests and for explaining a match.</summary>
    public static IReadOnlyList<string> Terms(string text) => Terms(Instance, text);

    internal static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var t = term.ToString();
            if (!terms.Contains(t)) terms.Add(t);
        }
        stream.End();
        return terms;
    }

    private static SynonymMap BuildSynonyms()
    {
        // Rules are analysed like single words of the text (no compound splitting: a rule is one term each side).
        using var ruleAnalyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(tokenizer, new NorwegianLightStemFilter(new LowerCaseFilter(Version, tokenizer)));
        });
        var parser = new SolrSynonymParser(dedup: true, expand: true, ruleAnalyzer);
        parser.Parse(new StringReader(SearchVocabulary.SynonymRules));
        return parser.Build();
    }
}

/// <summary>A word of a query: the terms that find it whole, and the parts that must all match otherwise.</summary>
public sealed record QueryWord(string Word, IReadOnlyList<string> Whole, IReadOnlyList<string> Parts);
