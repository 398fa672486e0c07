import { binhPhuoc } from './binh-phuoc';
import { giongTrom } from './giong-trom';
import { ninhHoa } from './ninh-hoa';
import { tayNinh } from './tay-ninh';
import { traBong } from './tra-bong';
import type { OrganisationSpec } from './types';

/** The organisations of the five seed plans, in the order of the seed files (000 … 004). */
export const organisations: readonly OrganisationSpec[] = [tayNinh, traBong, binhPhuoc, giongTrom, ninhHoa];
