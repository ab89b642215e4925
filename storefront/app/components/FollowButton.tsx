import { Form, useLocation } from "react-router"
import { useT } from "../i18n"

/**
 * Follow or unfollow (a plain form, works without JavaScript). `followId`: null when nobody is
 * signed in (the button leads to sign-in), "" when not followed, the follow's id when followed.
 */
export function FollowButton({
  targetType,
  targetId,
  followId,
}: {
  targetType: "producer" | "province" | "event"
  targetId: string
  followId: string | null
}) {
  const { t, href } = useT()
  const location = useLocation()
  const following = Boolean(followId)
  return (
    <Form method="post" action={href("/follow")} className="follow-form">
      <input type="hidden" name="target_type" value={targetType} />
      <input type="hidden" name="target_id" value={targetId} />
      <input type="hidden" name="follow_id" value={followId ?? ""} />
      <input type="hidden" name="return_to" value={location.pathname} />
      <button
        type="submit"
        name="intent"
        value={following ? "unfollow" : "follow"}
        className={following ? "button secondary" : "button primary"}
      >
        {following ? t("follow.unfollow") : t(`follow.follow_${targetType}`)}
      </button>
    </Form>
  )
}
