/**
 * Imported first by the form's script: Zod probes for eval() to speed up parsing, and the
 * page's Content-Security-Policy (rightly) reports that as a violation. Must run before any
 * schema module is evaluated.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
