export { NotificationPreference } from "./preference"
export { NotificationReadMark } from "./read-mark"
export { NotificationReadState } from "./read-state"
