using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>A world to attack: a lead municipality with a need and a consortium, and an invited partner.</summary>
public sealed class MatrixWorld : SiloApp
{
    public const string Lead = "1804";      // Bodø
    public const string Invited = "1806";   // Narvik
    public const string Outsider = "1813";  // Brønnøy
    public const string Supplier = "923609016";

    public string NeedId { get; private set; } = "";
    public string ConsortiumId { get; private set; } = "";
    public string LeadToken { get; private set; } = "";
    public string InvitedToken { get; private set; } = "";

    public async Task SetUpAsync()
    {
        if (NeedId != "") return;
        LeadToken = await MunicipalityToken(Lead);
        InvitedToken = await MunicipalityToken(Invited);
        NeedId = (await GraphQLAsync("""mutation { publishNeed(input: { title: "Skoleskyss", description: "d", cpv: ["60100000-9"], category: SERVICES, estimatedValueNok: 900000 }) { id } }""", token: LeadToken))
            .Ok()["publishNeed"]!["id"]!.GetValue<string>();
        ConsortiumId = (await GraphQLAsync("mutation($n: ID) { createConsortium(input: { title: \"Skyss i nord\", description: \"d\", needId: $n }) { id } }", new { n = NeedId }, LeadToken))
            .Ok()["createConsortium"]!["id"]!.GetValue<string>();
        (await GraphQLAsync($"mutation {{ inviteToConsortium(consortiumId: \"{ConsortiumId}\", municipalityNumber: \"{Invited}\") {{ id }} }}", token: LeadToken)).Ok();
    }

    /// <summary>Everything a refused mutation could have touched, as the lead and the invited see it.</summary>
    public async Task<string> SnapshotAsync()
    {
        var lead = await GraphQLAsync($$"""
            { municipality(number: "{{Lead}}") { needs(includeWithdrawn: true) { id title stage visibility estimatedValueNok updatedAt consortium { id } } procurementStatistics { year total innovative } }
              consortium(id: "{{ConsortiumId}}") { phase title members { municipality { number } role status authorizationReference } pooledNeeds { id } combinedEstimatedValueNok timeline { type summary } } }
            """, token: LeadToken);
        var invited = await GraphQLAsync($$"""{ municipality(number: "{{Invited}}") { invitations { consortium { id } } consortia { id } needs { id } } }""", token: InvitedToken);
        return lead.Ok().ToJsonString() + invited.Ok().ToJsonString();
    }
}

/// <summary>Every mutation, as anonymous, as another municipality, as a supplier and as programme staff: refused, nothing changed.</summary>
public sealed class MutationMatrixTests(MatrixWorld world) : IClassFixture<MatrixWorld>
{
    public enum As { Anonymous, OtherMunicipality, Supplier, Programme }

    /// <summary>name → (GraphQL, what another municipality gets: an error code (with its rule), or null when it acts only for itself).</summary>
    private static readonly Dictionary<string, (string Query, string? OutsiderCode)> Mutations = new()
    {
        ["publishNeed"] = ("""mutation { publishNeed(input: { title: "Fremmed behov", description: "d", cpv: ["72000000-5"], category: SERVICES }) { id municipality { number } } }""", null),
        ["updateNeed"] = ("mutation($n: ID!) { updateNeed(input: { id: $n, title: \"Kapret\" }) { id } }", "FORBIDDEN"),
        ["withdrawNeed"] = ("mutation($n: ID!) { withdrawNeed(id: $n) { id } }", "FORBIDDEN"),
        ["createConsortium"] = ("mutation($n: ID) { createConsortium(input: { title: \"Kapring\", description: \"d\", needId: $n }) { id } }", "RULE_VIOLATION:OWN_NEED_ONLY"),
        ["inviteToConsortium"] = ("mutation($c: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: \"1813\") { id } }", "RULE_VIOLATION:LEAD_ONLY"),
        ["respondToInvitation"] = ("mutation($c: ID!) { respondToInvitation(consortiumId: $c, accept: true) { id } }", "FORBIDDEN"),
        ["leaveConsortium"] = ("mutation($c: ID!) { leaveConsortium(consortiumId: $c) { id } }", "FORBIDDEN"),
        ["poolNeed"] = ("mutation($c: ID!, $n: ID!) { poolNeed(consortiumId: $c, needId: $n) { id } }", "FORBIDDEN"),
        ["recordAuthorization"] = ("mutation($c: ID!) { recordAuthorization(consortiumId: $c, reference: \"Fullmakt 1\") { id } }", "FORBIDDEN"),
        ["advancePhase"] = ("mutation($c: ID!) { advancePhase(consortiumId: $c, to: CANCELLED) { id } }", "RULE_VIOLATION:LEAD_ONLY"),
        ["reportProcurementStatistics"] = ("mutation { reportProcurementStatistics(year: 2024, total: 10, innovative: 1) { number } }", null),
    };

    public static IEnumerable<object[]> Cases() =>
        from name in Mutations.Keys from caller in Enum.GetValues<As>() select new object[] { name, caller };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_mutation_by_the_wrong_caller_is_refused_and_changes_nothing(string mutation, As caller)
    {
        await world.SetUpAsync();
        var before = await world.SnapshotAsync();
        var token = caller switch
        {
            As.Anonymous => null,
            As.OtherMunicipality => await world.MunicipalityToken(MatrixWorld.Outsider),
            As.Supplier => await world.SupplierToken(MatrixWorld.Supplier),
            _ => await world.ProgrammeToken(),
        };
        var (query, outsiderCode) = Mutations[mutation];
        var response = await world.GraphQLAsync(query, new { n = world.NeedId, c = world.ConsortiumId }, token);

        var expected = caller switch
        {
            As.Anonymous => "UNAUTHENTICATED",
            As.OtherMunicipality => outsiderCode,
            _ => "FORBIDDEN",
        };
        if (expected is null)
        {
            // It can only act for its own municipality: whatever it did landed there, not on the lead.
            var acted = response.Ok()[mutation]!.ToJsonString();
            Assert.DoesNotContain(MatrixWorld.Lead, acted);
        }
        else
        {
            // "CODE" or "RULE_VIOLATION:RULE".
            var actual = response.ErrorRule is null ? response.ErrorCode : $"{response.ErrorCode}:{response.ErrorRule}";
            Assert.True(expected == actual, $"{mutation} as {caller}: expected {expected}, got {response.Body.ToJsonString()}");
            Assert.Null(response.Data?[mutation]);
        }
        Assert.Equal(before, await world.SnapshotAsync());
    }
}
