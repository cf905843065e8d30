//! The sample's requests from other departments: what a police comms team is asked for in a
//! month (the highways authority's closures, HR's vacancies and survey, the Chief's office),
//! some decided and some open, so the Requests view opens on a working inbox.

use chrono::{Days, NaiveDate};

use super::Ids;
use crate::domain::{Channel, ContentItem, ItemStatus, Objective, Request, RequestDecision};

/// One request: its words, who asks, when (days before today), when wanted (days after
/// today), the channel and objective (indices into the sample's), and what was decided why.
struct Asked {
    title: &'static str,
    text: &'static str,
    requester: &'static str,
    department: &'static str,
    contact: &'static str,
    audience: &'static str,
    received_ago: u64,
    wanted_in: Option<u64>,
    channel: Option<usize>,
    objective: Option<usize>,
    decision: RequestDecision,
    reason: &'static str,
}

const HIGHWAYS: &str = "Westmark County Council Highways";
const HR: &str = "People Services (HR)";
const CHIEF: &str = "Chief Constable's Office";
const CHIEF_CONTACT: &str = "chiefs.office@westmark.police.example";

const ASKED: [Asked; 6] = [
    Asked {
        title: "A38 overnight closures for resurfacing",
        text: "Resurfacing between junctions 4 and 7, 8 pm to 6 am for three weeks from the date below. \
               Diversions are signed via the B4120. Could you post the dates and the diversion map, and remind \
               drivers the week before?",
        requester: "Priya Shah",
        department: HIGHWAYS,
        contact: "priya.shah@highways.westmark.example",
        audience: "Drivers using the A38 at night, hauliers",
        received_ago: 3,
        wanted_in: Some(10),
        channel: Some(0),
        objective: Some(6),
        decision: RequestDecision::Open,
        reason: "",
    },
    Asked {
        title: "Police staff investigators: applications open",
        text: "We are recruiting 12 police staff investigators; applications close four weeks after launch. \
               The careers page and a short video from a serving investigator are ready.",
        requester: "Mark Ellis",
        department: HR,
        contact: "recruitment@westmark.police.example",
        audience: "Career changers with investigation or casework experience",
        received_ago: 1,
        wanted_in: Some(14),
        channel: Some(7),
        objective: Some(3),
        decision: RequestDecision::Open,
        reason: "",
    },
    Asked {
        title: "Chief Constable's night with the control room",
        text: "The Chief is spending a night shift with the 999 call handlers. Photos will be cleared by the \
               morning after; a quote from the Chief comes with them.",
        requester: "Helen Okafor",
        department: CHIEF,
        contact: CHIEF_CONTACT,
        audience: "Westmark residents",
        received_ago: 8,
        wanted_in: None,
        channel: Some(6),
        objective: Some(2),
        decision: RequestDecision::Accepted,
        reason: "",
    },
    Asked {
        title: "Thank-you video to Special Constables",
        text: "The Chief would like to record a short video thanking the Specials for their hours this year.",
        requester: "Helen Okafor",
        department: CHIEF,
        contact: CHIEF_CONTACT,
        audience: "Special Constables and the public",
        received_ago: 12,
        wanted_in: None,
        channel: Some(9),
        objective: Some(2),
        decision: RequestDecision::Parked,
        reason: "Filming is not booked yet: taken up again when the Chief's diary has a date.",
    },
    Asked {
        title: "Staff survey reminder",
        text: "Please remind everyone to complete the staff survey before it closes on Friday.",
        requester: "Joanne Hart",
        department: HR,
        contact: "j.hart@westmark.police.example",
        audience: "Officers and staff",
        received_ago: 20,
        wanted_in: None,
        channel: None,
        objective: None,
        decision: RequestDecision::Declined,
        reason: "An internal message: it goes on the intranet and in the staff bulletin, not on public channels.",
    },
    Asked {
        title: "Report a pothole online",
        text: "Could the police accounts tell people to report potholes on the council's website?",
        requester: "Priya Shah",
        department: HIGHWAYS,
        contact: "priya.shah@highways.westmark.example",
        audience: "Westmark residents",
        received_ago: 30,
        wanted_in: None,
        channel: Some(0),
        objective: None,
        decision: RequestDecision::Declined,
        reason: "Not a police message: @WestmarkRoads shares the council's own post instead.",
    },
];

/// The sample's requests around `today`. The accepted one became an upcoming item on its
/// channel, which takes the request's title, objective and words, as accepting one does.
pub(super) fn requests(
    ids: &mut Ids,
    items: &mut [ContentItem],
    channels: &[Channel],
    objectives: &[Objective],
    today: NaiveDate,
) -> Vec<Request> {
    ASKED
        .iter()
        .map(|asked| {
            let received_on = today - Days::new(asked.received_ago);
            let mut request = Request {
                id: ids.next(),
                title: asked.title.into(),
                text: asked.text.into(),
                requester: asked.requester.into(),
                department: asked.department.into(),
                contact: asked.contact.into(),
                audience: asked.audience.into(),
                received_on,
                wanted_on: asked.wanted_in.map(|d| today + Days::new(d)),
                channel_id: asked.channel.and_then(|c| channels.get(c)).map(|c| c.id),
                objective_id: asked.objective.and_then(|o| objectives.get(o)).map(|o| o.id),
                decision: asked.decision,
                reason: asked.reason.into(),
                decided_on: (asked.decision != RequestDecision::Open).then(|| received_on + Days::new(1)),
                item_id: None,
            };
            if asked.decision == RequestDecision::Accepted {
                become_item(&mut request, items, today);
            }
            request
        })
        .collect()
}

/// Makes the first ordinary upcoming item on the request's channel, a week or more away,
/// the item the request became.
fn become_item(request: &mut Request, items: &mut [ContentItem], today: NaiveDate) {
    let from = today + Days::new(7);
    let chosen = items
        .iter_mut()
        .filter(|i| Some(i.channel_id) == request.channel_id && i.campaign_id.is_none())
        .filter(|i| i.status == ItemStatus::Scheduled && i.translation_group.is_none())
        .filter_map(|i| i.schedule.local_date(super::TIME_ZONE).filter(|d| *d >= from).map(|d| (d, i)))
        .min_by_key(|(d, i)| (*d, i.id));
    if let Some((day, item)) = chosen {
        request.wanted_on = Some(day);
        request.item_id = Some(item.id);
        item.title = request.title.clone();
        item.objective_ids = request.objective_id.into_iter().collect();
        item.notes = request.as_notes();
    }
}

#[cfg(test)]
mod tests {
    use super::super::{fixed_today, generate, Profile, SampleOptions};
    use super::*;

    #[test]
    fn the_inbox_holds_open_and_decided_requests_and_the_accepted_one_is_an_item() {
        let today = fixed_today(2027);
        let plan = generate(SampleOptions { profile: Profile::Agency, seed: 3, year: 2027, today });
        let count = |d: RequestDecision| plan.requests.iter().filter(|r| r.decision == d).count();
        assert_eq!(
            [RequestDecision::Open, RequestDecision::Accepted, RequestDecision::Declined, RequestDecision::Parked]
                .map(count),
            [2, 1, 2, 1]
        );
        for r in &plan.requests {
            assert!(r.received_on <= today && r.decided_on.is_none_or(|d| r.received_on <= d && d <= today));
            assert!(r.wanted_on.is_none_or(|w| w >= r.received_on), "{}", r.title);
            assert_eq!(r.reason.is_empty(), matches!(r.decision, RequestDecision::Open | RequestDecision::Accepted));
        }
        let accepted = plan.requests.iter().find(|r| r.decision == RequestDecision::Accepted).unwrap();
        let item = plan.items.iter().find(|i| Some(i.id) == accepted.item_id).expect("the item it became");
        assert_eq!(item.title, accepted.title);
        assert_eq!(Some(item.channel_id), accepted.channel_id);
        assert_eq!(item.schedule.local_date(super::super::TIME_ZONE), accepted.wanted_on);
        assert!(item.notes.starts_with("Requested by Helen Okafor (Chief Constable's Office"), "{}", item.notes);
    }
}
