using Samspill.Grains.Cases;
using Samspill.Grains.Consortia;
using Samspill.Grains.Search;

namespace Samspill.Gateway.GraphQL.Areas;

/// <summary>The case library: one case, a filtered list, and drafts to start from.</summary>
public sealed class CaseQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<CaseType>("case")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => CaseView.FromOrNull(await c.Grains().GetGrain<ICaseLibraryGrain>(0).Get(c.GetArgument<string>("id"))));

        query.Field<NonNullGraphType<CaseConnectionType>>("cases")
            .Description("The case library, newest first; with filter.text, by relevance.")
            .Argument<CaseFilterType>("filter")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<CaseFilterInput>("filter") ?? new CaseFilterInput();
                var catalog = c.Catalog();
                IReadOnlyList<CaseRecord> all = await c.Grains().GetGrain<ICaseLibraryGrain>(0).All();
                if (!string.IsNullOrWhiteSpace(filter.Text))
                {
                    var text = TextInput.Required("text", filter.Text, 1, 500);
                    var hits = await c.Grains().GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus)
                        .Search(new SearchQuery { Text = text, Kinds = [SearchKind.Case], First = PageSizes.CaseTextSearchMax });
                    var byId = all.ToDictionary(x => x.Id);
                    all = hits.Hits.Select(h => byId.GetValueOrDefault(h.Id)).OfType<CaseRecord>().ToList();
                }
                var list = all
                    .Where(x => filter.Domain is null || x.Domain == filter.Domain)
                    .Where(x => filter.Procedure is null || x.Procedure == filter.Procedure)
                    .Where(x => filter.County is null || x.Municipalities.Any(m => catalog.Municipality(m)?.CountyNumber == filter.County))
                    .ToList();
                var page = Paging.Page(list, c.GetArgument<int?>("first"), c.GetArgument<string?>("after"));
                return page.With(page.Nodes.Select(CaseView.From).ToList());
            });

        query.Field<CaseType>("caseDraft")
            .Description("The case a consortium would become, pre-filled; its lead only, from CONTRACT on.")
            .Argument<NonNullGraphType<IdGraphType>>("consortiumId")
            .ResolveAsync(async c =>
            {
                var draft = await c.Grains().GetGrain<IConsortiumGrain>(c.GetArgument<string>("consortiumId")).DraftCase();
                // Once published, the lead edits what it wrote before.
                return CaseView.From(await c.Grains().GetGrain<ICaseLibraryGrain>(0).Get(draft.Id) ?? draft);
            });

        query.Field<NeedDraftType>("needDraftFromCase")
            .Description("A need pre-filled from a case (CPV codes, description); edit it and publish with fromCaseId.")
            .Argument<NonNullGraphType<IdGraphType>>("caseId")
            .ResolveAsync(async c => CaseView.FromOrNull(await c.Grains().GetGrain<ICaseLibraryGrain>(0).Get(c.GetArgument<string>("caseId"))));
    }
}
