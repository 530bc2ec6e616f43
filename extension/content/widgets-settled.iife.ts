// Injected into the audited tab's MAIN world just before the page is read: a zfgs- widget's `settled` promise is
// a property of the page's own element objects, which the isolated world cannot see. Waits only — it returns
// nothing of the page and the extractor still runs in the isolated world, so a page that fakes `settled` can
// delay the audit by the limit at most, never change what is read.
import { widgetsSettled } from '../../shared/extract/widgets-settled.ts';

(globalThis as typeof globalThis & { zfgsWidgetsSettled?: typeof widgetsSettled }).zfgsWidgetsSettled = widgetsSettled;
