// Every test here runs silo processes (up to three at once); on a two-core machine, running classes side by side
// only makes each slower and failure detection jumpier.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
