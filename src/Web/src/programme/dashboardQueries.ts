import { graphql } from '../api/generated';

export const ProgrammeDashboard = graphql(`
  query ProgrammeDashboard {
    programmeOverview {
      municipalityCount
      activeMunicipalities
      smallDistrictMunicipalities
      activeSmallDistrictMunicipalities
      needCount
      dialogueEventsAnnounced
      supplierRegistrations
      innovativeGoal
      innovativeShare
      innovativeShareYear
      consortiaFormed {
        year
        total
        byCounty { county { number name } count }
        byPhase { phase count }
      }
      innovativeShareByYear {
        year total innovative share valueShare reportingMunicipalities
        byCounty { county { number name } total innovative share valueShare reportingMunicipalities }
      }
      capabilitySmallDistrict { dimension average responses }
      capabilityOtherMunicipalities { dimension average responses }
      capabilityByCounty { county { number name } averages { dimension average responses } }
    }
  }
`);

export const NotYetInConsortium = graphql(`
  query NotYetInConsortium {
    programmeOverview {
      municipalityStandings(smallDistrict: true, inConsortium: false) {
        municipality { number name population county { number name } }
        openNeeds
        needs { id title }
      }
    }
  }
`);

export const RecentActivity = graphql(`
  query RecentActivity {
    activity(first: 30) {
      nodes { at type summary data }
    }
  }
`);

export const MunicipalityMap = graphql(`
  query MunicipalityMap {
    programmeOverview {
      municipalityStandings {
        municipality { number name population smallDistrict county { number name } }
        part
        openNeeds
        activeConsortia
      }
    }
  }
`);
