using Samspill.Grains.Capability;
using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>Enum values are spelled as the contract spells them, including the multi-word ones.</summary>
public sealed class ContractNamesTests
{
    [Fact]
    public void Multi_word_values_get_underscores_between_words()
    {
        Assert.Equal("NEEDS_CLARIFICATION", ContractNames.Of(ConsortiumPhase.NeedsClarification));
        Assert.Equal("BENEFIT_REALISATION", ContractNames.Of(ConsortiumPhase.BenefitRealisation));
        Assert.Equal("ONE_TO_ONE_MEETINGS", ContractNames.Of(DialogueEventKind.OneToOneMeetings));
        Assert.Equal("REGISTRATION_CLOSED", ContractNames.Of(DialogueEventStatus.RegistrationClosed));
        Assert.Equal("INTERMUNICIPAL_COLLABORATION", ContractNames.Of(CapabilityDimension.IntermunicipalCollaboration));
    }

    [Fact]
    public void Single_word_values_are_upper_case() =>
        Assert.Equal(["FORMING", "CONFERENCE", "STRATEGY"],
            [ContractNames.Of(ConsortiumPhase.Forming), ContractNames.Of(DialogueEventKind.Conference), ContractNames.Of(CapabilityDimension.Strategy)]);
}
