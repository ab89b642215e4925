import { MedusaService } from "@medusajs/framework/utils"
import { TourismBooking } from "./models/tourism-booking"
import { TourismSlot } from "./models/tourism-slot"

/** Tourism slots and bookings: generated CRUD (listTourismSlots, createTourismBookings, …). */
class TourismModuleService extends MedusaService({ TourismSlot, TourismBooking }) {}

export default TourismModuleService
