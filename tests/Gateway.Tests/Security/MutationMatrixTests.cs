using Samspill.Gateway.Tests.Dialogue;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>A world to attack: a lead municipality with a need and a consortium, and an invited partner.</summary>
public sealed class MatrixWorld : SiloApp
{
    public const string Lead = "1804";      // Bodø
    public const string Invited = "1806";   // Narvik
    public const string Outsider = "1813";  // Brønnøy
    public const string Supplier = "923609016";
    /// <summary>Joins the lead in a second consortium that is in MARKET_DIALOGUE with announced events.</summary>
    public const string DialogueMember = "1820"; // Alstahaug

    public string NeedId { get; private set; } = "";
    public string ConsortiumId { get; private set; } = "";
    public string LeadToken { get; private set; } = "";
    public string InvitedToken { get; private set; } = "";
    public string SupplierUserToken { get; private set; } = "";
    /// <summary>The dialogue consortium, its event (the supplier is registered), a second event and the supplier's open question.</summary>
    public string DialogueConsortiumId { get; private set; } = "";
    public string EventId { get; private set; } = "";
    public string OtherEventId { get; private set; } = "";
    public string QuestionId { get; private set; } = "";

    /// <summary>Every id a matrix or validation query may use, as GraphQL variables.</summary>
    public Dictionary<string, object?> Variables() => new()
    {
        ["n"] = NeedId, ["c"] = ConsortiumId, ["d"] = DialogueConsortiumId, ["e"] = EventId, ["f"] = OtherEventId, ["q"] = QuestionId,
    };

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

        var (dialogue, _, _) = await this.ConsortiumInDialogueAsync(Lead, DialogueMember, cpv: "48100000-9");
        DialogueConsortiumId = dialogue;
        EventId = (await this.AnnounceAsync(LeadToken, DialogueApi.Announcement(dialogue, DateTimeOffset.UtcNow)))["id"]!.GetValue<string>();
        OtherEventId = (await this.AnnounceAsync(LeadToken, DialogueApi.Announcement(dialogue, DateTimeOffset.UtcNow, title: "Webinar")))["id"]!.GetValue<string>();
        SupplierUserToken = await this.SupplierAsync(Supplier, ("CPV", "72000000-5"));
        (await this.RegisterAsync(SupplierUserToken, EventId)).Ok();
        QuestionId = (await this.AskAsync(SupplierUserToken, dialogue)).Ok()["askQuestion"]!["id"]!.GetValue<string>();
    }

    /// <summary>Everything a refused mutation could have touched, as the lead and the invited see it.</summary>
    public async Task<string> SnapshotAsync()
    {
        var lead = await GraphQLAsync($$"""
            { municipality(number: "{{Lead}}") { needs(includeWithdrawn: true) { id title stage visibility estimatedValueNok updatedAt consortium { id } } procurementStatistics { year total innovative } }
              consortium(id: "{{ConsortiumId}}") { phase title members { municipality { number } role status authorizationReference } pooledNeeds { id } combinedEstimatedValueNok timeline { type summary } } }
            """, token: LeadToken);
        var invited = await GraphQLAsync($$"""{ municipality(number: "{{Invited}}") { invitations { consortium { id } } consortia { id } needs { id } } }""", token: InvitedToken);
        var dialogue = await GraphQLAsync($$"""
            { consortium(id: "{{DialogueConsortiumId}}") { phase timeline { type summary }
                dialogueEvents { id title status startsAt capacity cancelReason registrationCount attendeeCount registrations { supplier { orgNumber name } attendees cancelled } }
                questions { id text answer askedBy { orgNumber } } answerDistribution { questionId supplierOrgNumbers } } }
            """, token: LeadToken);
        var supplier = await GraphQLAsync("{ viewer { supplier { orgNumber name follows { kind value } registrations { attendees cancelled event { id } } } } }", token: SupplierUserToken);
        return lead.Ok().ToJsonString() + invited.Ok().ToJsonString() + dialogue.Ok().ToJsonString() + supplier.Ok().ToJsonString();
    }
}

/// <summary>Every mutation, as anonymous, as another municipality, as a supplier and as programme staff: refused, nothing changed.</summary>
public sealed class MutationMatrixTests(MatrixWorld world) : IClassFixture<MatrixWorld>
{
    public enum As { Anonymous, OtherMunicipality, Supplier, Programme }

    /// <summary>
    /// name → (GraphQL, what another municipality gets, what a supplier gets): an error code (with its rule), or null
    /// when that caller acts only for itself (and what it does here changes nothing of the world's).
    /// </summary>
    private static readonly Dictionary<string, (string Query, string? OutsiderCode, string? SupplierCode)> Mutations = new()
    {
        ["publishNeed"] = ("""mutation { publishNeed(input: { title: "Fremmed behov", description: "d", cpv: ["72000000-5"], category: SERVICES }) { id municipality { number } } }""", null, "FORBIDDEN"),
        ["updateNeed"] = ("mutation($n: ID!) { updateNeed(input: { id: $n, title: \"Kapret\" }) { id } }", "FORBIDDEN", "FORBIDDEN"),
        ["withdrawNeed"] = ("mutation($n: ID!) { withdrawNeed(id: $n) { id } }", "FORBIDDEN", "FORBIDDEN"),
        ["createConsortium"] = ("mutation($n: ID) { createConsortium(input: { title: \"Kapring\", description: \"d\", needId: $n }) { id } }", "RULE_VIOLATION:OWN_NEED_ONLY", "FORBIDDEN"),
        ["inviteToConsortium"] = ("mutation($c: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: \"1813\") { id } }", "RULE_VIOLATION:LEAD_ONLY", "FORBIDDEN"),
        ["respondToInvitation"] = ("mutation($c: ID!) { respondToInvitation(consortiumId: $c, accept: true) { id } }", "FORBIDDEN", "FORBIDDEN"),
        ["leaveConsortium"] = ("mutation($c: ID!) { leaveConsortium(consortiumId: $c) { id } }", "FORBIDDEN", "FORBIDDEN"),
        ["poolNeed"] = ("mutation($c: ID!, $n: ID!) { poolNeed(consortiumId: $c, needId: $n) { id } }", "FORBIDDEN", "FORBIDDEN"),
        ["recordAuthorization"] = ("mutation($c: ID!) { recordAuthorization(consortiumId: $c, reference: \"Fullmakt 1\") { id } }", "FORBIDDEN", "FORBIDDEN"),
        ["advancePhase"] = ("mutation($c: ID!) { advancePhase(consortiumId: $c, to: CANCELLED) { id } }", "RULE_VIOLATION:LEAD_ONLY", "FORBIDDEN"),
        ["reportProcurementStatistics"] = ("mutation { reportProcurementStatistics(year: 2024, total: 10, innovative: 1) { number } }", null, "FORBIDDEN"),
        ["announceDialogueEvent"] = ("mutation($d: ID!) { announceDialogueEvent(input: { consortiumId: $d, title: \"Kapret konferanse\", description: \"d\", kind: WEBINAR, startsAt: \"2028-01-10T10:00:00Z\", endsAt: \"2028-01-10T12:00:00Z\", registrationDeadline: \"2028-01-05T10:00:00Z\" }) { id } }", "RULE_VIOLATION:LEAD_ONLY", "FORBIDDEN"),
        ["cancelDialogueEvent"] = ("mutation($e: ID!) { cancelDialogueEvent(id: $e, reason: \"Sabotasje\") { id } }", "RULE_VIOLATION:LEAD_ONLY", "FORBIDDEN"),
        ["answerQuestion"] = ("mutation($q: ID!) { answerQuestion(questionId: $q, answer: \"Falskt svar\") { id } }", "RULE_VIOLATION:LEAD_ONLY", "FORBIDDEN"),
        // A supplier's own mutations: it acts only for itself, and here a repeat of what it did already changes nothing.
        ["registerSupplier"] = ("mutation { registerSupplier(input: { name: \"Leverandør 923609016 AS\" }) { orgNumber } }", "FORBIDDEN", null),
        ["follow"] = ("mutation { follow(input: { kind: CPV, value: \"72000000-5\" }) { orgNumber } }", "FORBIDDEN", null),
        ["unfollow"] = ("mutation { unfollow(input: { kind: COUNTY, value: \"03\" }) { orgNumber } }", "FORBIDDEN", null),
        ["registerForDialogueEvent"] = ("mutation($e: ID!) { registerForDialogueEvent(eventId: $e, attendees: 1) { attendees } }", "FORBIDDEN", null),
        // It has no registration for the other event, and the first consortium has announced nothing: not there for it.
        ["cancelRegistration"] = ("mutation($f: ID!) { cancelRegistration(eventId: $f) { cancelled } }", "FORBIDDEN", "NOT_FOUND"),
        ["askQuestion"] = ("mutation($c: ID!) { askQuestion(consortiumId: $c, text: \"Hvem er dere?\") { id } }", "FORBIDDEN", "NOT_FOUND"),
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
        var (query, outsiderCode, supplierCode) = Mutations[mutation];
        var response = await world.GraphQLAsync(query, world.Variables(), token);

        var expected = caller switch
        {
            As.Anonymous => "UNAUTHENTICATED",
            As.OtherMunicipality => outsiderCode,
            As.Supplier => supplierCode,
            _ => "FORBIDDEN",
        };
        if (expected is null)
        {
            // It can only act for itself: whatever it did landed there, not on the lead.
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
