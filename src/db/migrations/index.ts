import type { Migration } from 'kysely';
import * as m001 from './001_foundation';
import * as m002 from './002_movements';
import * as m003 from './003_index_scores';
import * as m004 from './004_registrations';
import * as m005 from './005_results';
import * as m006 from './006_appraisals';
import * as m007 from './007_dashboard_projection';
import * as m008 from './008_commendation_inputs';
import * as m009 from './009_projection_flag';
import * as m010 from './010_commendation';
import * as m013 from './013_decision_items';
import * as m016 from './016_nomination_year';

/** Ordered, forward-only. Add new migrations at the end with the next number. */
export const migrations: Record<string, Migration> = {
  '001_foundation': m001,
  '002_movements': m002,
  '003_index_scores': m003,
  '004_registrations': m004,
  '005_results': m005,
  '006_appraisals': m006,
  '007_dashboard_projection': m007,
  '008_commendation_inputs': m008,
  '009_projection_flag': m009,
  '010_commendation': m010,
  '013_decision_items': m013,
  '016_nomination_year': m016,
};
