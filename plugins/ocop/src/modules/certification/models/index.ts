export { OcopSubject } from "./ocop-subject"
export { OcopEvaluation } from "./evaluation"
export { OcopCertificate } from "./certificate"
