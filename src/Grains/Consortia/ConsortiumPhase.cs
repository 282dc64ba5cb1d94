namespace Samspill.Grains.Consortia;

/// <summary>The phases of a consortium, in order; CANCELLED may follow any phase before COMPLETED.</summary>
public enum ConsortiumPhase
{
    Forming, NeedsClarification, MarketDialogue, Competition, Contract, BenefitRealisation, Completed, Cancelled,
}

/// <summary>The procurement regime that the aggregated value falls under.</summary>
public enum ThresholdRegime { BelowNational, National, Eea }
